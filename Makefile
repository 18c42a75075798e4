# vomdesk: `make run` sets up and starts the app; `make test` sets up and runs every check headless.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

# Debian packages: Qt's offscreen and desktop plugins, fonts, and a real Secret Service for tests.
QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libcups2 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1
TEST_DEBS := $(QT_DEBS) gnome-keyring dbus dbus-x11 poppler-utils cups-daemon cups-client

TS := vomdesk/resources/translations/vomdesk_es.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck layers pytest secret-service-test benchmark translations clean \
	system-deps system-test-deps

run: system-deps $(VENV)/.installed $(QM)
	env -u QT_QPA_PLATFORM $(BIN)/vomdesk

test: system-test-deps $(VENV)/.installed-test lint typecheck layers pytest secret-service-test

# As root on Debian, install what is missing (no-op elsewhere; see README for other systems).
define apt_install
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then \
		missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
		if ! $(PYTHON) -c 'import ensurepip' 2>/dev/null; then missing="$$missing python3-venv"; fi; \
		if [ -n "$$missing" ]; then echo "Installing system packages:" $$missing; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi; \
	fi
endef

system-deps:
	$(call apt_install,$(QT_DEBS))

system-test-deps:
	$(call apt_install,$(TEST_DEBS))

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

lint: $(VENV)/.installed-test
	$(BIN)/ruff check vomdesk tests benchmarks
	$(BIN)/ruff format --check vomdesk tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

layers: $(VENV)/.installed-test
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-test $(QM)
	$(BIN)/pytest -m "not secret_service" -n auto

# One test against a real Secret Service: gnome-keyring inside a private D-Bus session.
secret-service-test: $(VENV)/.installed-test
	@if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then \
		dbus-run-session -- sh -c 'printf vomdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
			VOMDESK_REAL_SECRET_SERVICE=1 $(BIN)/pytest -m secret_service -p no:randomly'; \
	else \
		echo "Skipping the Secret Service test: dbus-run-session or gnome-keyring-daemon is not installed."; \
		$(BIN)/pytest -m secret_service; \
	fi

# Figures against their targets (benchmarks/README.md); each script exits 1 on a missed target.
benchmark: $(VENV)/.installed-test
	$(BIN)/python benchmarks/store_benchmark.py; \
	status=$$?; $(BIN)/python benchmarks/case_list_benchmark.py || status=1; \
	$(BIN)/python benchmarks/preparation_benchmark.py || status=1; \
	$(BIN)/python benchmarks/documents_benchmark.py || status=1; \
	$(BIN)/python benchmarks/monitoring_benchmark.py || status=1; \
	$(BIN)/python benchmarks/protection_benchmark.py || status=1; exit $$status

# The Spanish interface: the .ts is the source (tracked), the .qm is built from it.
$(QM): $(TS) | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(git ls-files 'vomdesk/*.py') -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist *.egg-info
