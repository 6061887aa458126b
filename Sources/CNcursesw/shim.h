#ifndef BILATERAL_CNCURSESW_SHIM_H
#define BILATERAL_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import these macros or globals under Swift 6 checks; each shim is one line.
static inline WINDOW *bilateral_stdscr(void) { return stdscr; }
static inline int bilateral_lines(void) { return LINES; }
static inline int bilateral_cols(void) { return COLS; }
static inline int bilateral_color_pairs(void) { return COLOR_PAIRS; }
static inline int bilateral_colors(void) { return COLORS; }
static inline int bilateral_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t bilateral_a_normal(void) { return A_NORMAL; }
static inline attr_t bilateral_a_bold(void) { return A_BOLD; }
static inline attr_t bilateral_a_dim(void) { return A_DIM; }
static inline attr_t bilateral_a_reverse(void) { return A_REVERSE; }
static inline attr_t bilateral_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bilateral_a_standout(void) { return A_STANDOUT; }
static inline int bilateral_key_f(int n) { return KEY_F(n); }
static inline int bilateral_true(void) { return TRUE; }
static inline int bilateral_false(void) { return FALSE; }

static inline int bilateral_max_y(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)x; return y; }
static inline int bilateral_max_x(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)y; return x; }

// stdin and stdout are globals Swift 6 refuses to touch; newterm needs both.
static inline SCREEN *bilateral_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline const char *bilateral_codeset(void) { return nl_langinfo(CODESET); }
static inline void bilateral_set_locale_from_environment(void) { setlocale(LC_ALL, ""); }

// errno is a macro over a thread-local; read and clear it right around a curses call.
static inline int bilateral_errno(void) { return errno; }
static inline void bilateral_clear_errno(void) { errno = 0; }

/// Installs `handler` for `signal` without SA_RESTART, so a blocked read returns EINTR;
/// the action it replaces goes to `previous`.
static inline int bilateral_catch_signal(int signal_number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, previous);
}

/// Puts back an action saved by `bilateral_catch_signal`.
static inline int bilateral_restore_signal(int signal_number, const struct sigaction *previous) {
    return sigaction(signal_number, previous, NULL);
}

/// Unblocks the signals the dashboard must see on this thread: a parent may have left them
/// blocked (threads of a test runner do), and a blocked SIGHUP never interrupts the read.
static inline int bilateral_unblock_terminal_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

// term.h defines lower-case macros (lines, columns, ...), so it comes last and the
// function below uses no such names.
#include <ncursesw/term.h>

/// Loads `terminal_name` from terminfo without touching the tty, then frees it again.
/// Returns 0 when it can address the cursor, 1 when terminfo does not know it,
/// 2 when it is a hard-copy or cursorless terminal, 3 when there is no terminfo database.
static inline int bilateral_terminfo_check(const char *terminal_name) {
    int status = 0;
    TERMINAL *previous = cur_term;
    if (setupterm((char *)terminal_name, STDOUT_FILENO, &status) != OK) {
        if (status == 1) return 2;
        if (status == -1) return 3;
        return 1;
    }
    char *cursor_motion = tigetstr("cup");
    int result = (cursor_motion == NULL || cursor_motion == (char *)-1) ? 2 : 0;
    TERMINAL *loaded = set_curterm(previous);
    if (loaded != NULL && loaded != previous) del_curterm(loaded);
    return result;
}

#endif
