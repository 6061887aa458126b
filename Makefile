# bilateral: `make run` opens the dashboard on seeds/, `make test` runs every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN := .build/debug/bilateral
RELEASE_BIN := .build/release/bilateral

.PHONY: run test build release bench clean deps deps-run deps-test install install-check fuzz

PREFIX ?= /usr/local

run: deps-run build
	$(DEBUG_BIN) browse seeds

build:
	$(SWIFT) build

release: deps-run
	$(SWIFT) build -c release

test: deps-test build
	$(SWIFT) test

# `make bench MODE=throughput` runs one mode; every registered mode by default.
bench: deps-run
	$(SWIFT) build -c release
	.build/release/bilateral-bench $(or $(MODE),all)

# `make fuzz FUZZ_SECONDS=600` mutates seeds/ and the test fixtures through the loader and the extractor
# (a debug build, as the tests use); a crash, a hang or a broken property fails it and leaves the input
# in .build/fuzz/. CI runs it for FUZZ_SECONDS (default 60) from a fixed FUZZ_SEED, so that a red run can be
# replayed and a green one means the same inputs passed; left empty, the seed comes from the clock (exploring).
FUZZ_SECONDS ?= 60
FUZZ_SEED ?=
fuzz: deps-run
	$(SWIFT) build --product bilateral-fuzz
	mkdir -p .build/fuzz
	FUZZ_OUTPUT=.build/fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_SEED=$(FUZZ_SEED) .build/debug/bilateral-fuzz

# One file: the data files (actors, cue lexicon, eras) are compiled into the binary.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/bilateral

# Installs into a temporary PREFIX and runs that binary from elsewhere, with no build tree in reach.
install-check: release
	bash scripts/install-check.sh

clean:
	rm -rf .build

# Debian packages, installed with apt-get only when missing (dpkg-query says which are).
# `make run` needs only what builds the dashboard (ncursesw, SQLite, libxml2 and zlib headers); the tests add tmux (end-to-end tests), OpenSSH's
# client and server (the `bilateral serve` and sshd tests run `sshd -D -f` from their own config) and gdb (the terminal-restore
# test closes the running dashboard's stdout through it).
# To add a dependency, add its package to the list that needs it.
DEPS_RUN := pkg-config libncursesw5-dev libsqlite3-dev libxml2-dev zlib1g-dev
DEPS_TEST := tmux openssh-client openssh-server gdb

# `make deps` keeps its old meaning: everything the tests need.
deps: deps-test

deps-run:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEPS_RUN)"

deps-test: deps-run
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEPS_TEST)"

# Installs the missing ones of PACKAGES and says which. A service a package brings (sshd) is neither
# started nor left enabled: a policy-rc.d that forbids starts is in place during the install (unless the
# machine has one already), and the units the install enabled are disabled afterwards.
.PHONY: install-packages
install-packages:
	@command -v dpkg-query >/dev/null 2>&1 || { echo "no dpkg-query: install by hand if missing: $(PACKAGES)"; exit 0; }; \
	missing=""; \
	for package in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	[ -n "$$missing" ] || exit 0; \
	echo "installing (apt-get):$$missing"; \
	policy=/usr/sbin/policy-rc.d; ours=""; \
	if [ ! -e $$policy ]; then \
		printf '#!/bin/sh\n# written by bilateral make deps: no service starts during the install\nexit 101\n' | $(SUDO) tee $$policy >/dev/null; \
		$(SUDO) chmod 0755 $$policy; ours=1; \
	fi; \
	$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	status=$$?; \
	[ -z "$$ours" ] || $(SUDO) rm -f $$policy; \
	case " $$missing " in *" openssh-server "*) \
		if command -v systemctl >/dev/null 2>&1; then $(SUDO) systemctl disable --quiet ssh.service ssh.socket 2>/dev/null || true; fi; \
		if command -v update-rc.d >/dev/null 2>&1; then $(SUDO) update-rc.d ssh disable >/dev/null 2>&1 || true; fi; \
		echo "openssh-server installed for the tests only: its service was not started and is disabled";; \
	esac; \
	exit $$status
