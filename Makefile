# Everything a fresh machine with python3 and make needs: a local .venv with the project (with
# the test tools and the optional Datasette of `run_bot.py browse`, so its test runs too).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench fixtures clean fonts

# A CJK font for the Chinese labels of the progress charts (data/chart.py). Installed with
# apt-get when running as root on Debian/Ubuntu and no CJK font is present; otherwise only a
# hint is printed (the charts then log a warning and the chart test fails with a clear message).
CJK_FONTS := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev,browse]"
	touch $(STAMP)

fonts:
	@for f in $(CJK_FONTS); do [ -e "$$f" ] && exit 0; done; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "installing fonts-wqy-microhei (CJK font for charts)"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-microhei >/dev/null 2>&1 \
		|| { apt-get update -q >/dev/null 2>&1 && \
		     DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-microhei >/dev/null; } \
		|| echo "warning: could not install fonts-wqy-microhei"; \
	else \
		echo "note: no CJK font found; install fonts-wqy-microhei or fonts-noto-cjk for charts"; \
	fi

run: $(STAMP) fonts
	$(PY) run_bot.py

test: $(STAMP) fonts
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) run_bot.py bench

fixtures: $(STAMP)
	$(PY) tests/fixtures/make_fixtures.py
	$(PY) tests/fixtures/forms/make_forms.py

clean:
	rm -rf $(VENV) data/jixiao.db* data/.cache
