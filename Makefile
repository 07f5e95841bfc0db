# Two commands set everything up on a fresh machine (Python 3.11+ with venv):
#   make console   - create .venv, install the bot, open the console on the bundled corpus
#   make test      - create .venv, install the bot with test tools, run the tests
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: console test bench eval install
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

console: install
	$(BIN)/python -m bot console

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m bot.bench

eval: install
	$(BIN)/python -m bot.eval quotes ../shared/eval/quotes-wikinews-dev.jsonl --out /tmp/quotes-pred.jsonl --score
	$(BIN)/python -m bot.eval timex ../shared/eval/timex-krauts-dev.jsonl --out /tmp/timex-pred.jsonl --score
