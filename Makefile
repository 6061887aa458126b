# bilateral: `make run` opens the dashboard on seeds/, `make test` runs every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN := .build/debug/bilateral
RELEASE_BIN := .build/release/bilateral

.PHONY: run test build release bench clean deps install

PREFIX ?= /usr/local

run: deps build
	$(DEBUG_BIN) browse seeds

build:
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps build
	$(SWIFT) test

# `make bench MODE=throughput` runs one mode; every registered mode by default.
bench: deps
	$(SWIFT) build -c release
	.build/release/bilateral-bench $(or $(MODE),all)

# The data files (actors, cue lexicon, eras) travel in a resource bundle that must sit beside the binary.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/bilateral
	rm -rf $(DESTDIR)$(PREFIX)/bin/bilateral_BilateralCore.resources
	cp -R .build/release/bilateral_BilateralCore.resources $(DESTDIR)$(PREFIX)/bin/

clean:
	rm -rf .build

# Installs only what is missing: the ncursesw and SQLite headers (through pkg-config), tmux for the end-to-end tests,
# and OpenSSH's client and server for the `bilateral serve` and sshd tests.
deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists ncursesw 2>/dev/null || missing="$$missing libncursesw5-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v ssh >/dev/null 2>&1 || missing="$$missing openssh-client"; \
	[ -x /usr/sbin/sshd ] || missing="$$missing openssh-server"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
