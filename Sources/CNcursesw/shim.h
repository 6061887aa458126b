#ifndef BILATERAL_CNCURSESW_SHIM_H
#define BILATERAL_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import these macros or globals under Swift 6 checks; each shim is one line.
static inline WINDOW *bilateral_stdscr(void) { return stdscr; }
static inline int bilateral_lines(void) { return LINES; }
static inline int bilateral_cols(void) { return COLS; }
static inline int bilateral_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t bilateral_a_normal(void) { return A_NORMAL; }
static inline attr_t bilateral_a_bold(void) { return A_BOLD; }
static inline attr_t bilateral_a_dim(void) { return A_DIM; }
static inline attr_t bilateral_a_reverse(void) { return A_REVERSE; }
static inline attr_t bilateral_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bilateral_a_standout(void) { return A_STANDOUT; }
static inline int bilateral_key_f(int n) { return KEY_F(n); }

#endif
