# newskg — build, demo and tests.
#   make demo    install missing Debian packages, build, run on corpus/ -> out/
#   make check   build (normal + ASan/UBSan) and run every test
#   make bench   benchmark figures
PKGS      := redland raptor2 rasqal libcgraph libgvc libcurl libxml-2.0 zlib
BUILD     ?= build
CC        ?= cc
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter
ifeq ($(SAN),1)
CFLAGS    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
LDSAN     := -fsanitize=address,undefined
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CPPFLAGS  += -Iinclude
# The tool (main.c and the cli_*.c it alone links) parses argv; the
# library never does.
TOOL_SRC  := src/main.c $(sort $(wildcard src/cli_*.c))
LIB_SRC   := $(filter-out $(TOOL_SRC),$(sort $(wildcard src/*.c)))
LIB_OBJ   := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
TEST_SRC  := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN  := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HDRS      := $(wildcard include/newskg/*.h) $(wildcard src/*.h)
# The word lists' index (src/lexicon.c), which the tool maps instead of
# reading the system dictionaries that data/wordlists.tsv names.  It lives
# next to wordlists.tsv, in the data directory, where the tool looks for
# it (src/app.c: ../data beside the executable, ../share/newskg once
# installed, --data-dir, NEWSKG_DATA).  Rebuilt when the tool,
# wordlists.tsv or an installed list changes; at run time a stale or
# damaged index is ignored (the lists are read as text), never misread.
WORDIDX   := data/wordlists.idx
WORDLISTS := $(wildcard $(shell awk -F'\t' '!/^\#/ && NF > 1 { gsub(/^[ ]+|[ \r]+$$/, "", $$2); print ($$2 ~ /^\// ? "" : "data/") $$2 }' data/wordlists.tsv 2>/dev/null))

.PHONY: all deps demo check test unit golden cli cases rdfcheck asan bench clean

all: $(BUILD)/newskg $(BUILD)/libnewskg.a $(WORDIDX)

# Each object depends on the headers it includes, as the compiler lists
# them (-MMD writes build/dep/<target>.d, -MP keeps a deleted header from
# breaking the build): a header change rebuilds only its includers.  (The
# lists live apart from the objects and programs: the test runners take
# every file in build/tests/ for a program.)
# An object with no list yet (built before this scheme, or the list
# deleted) is rebuilt: its list is a prerequisite, made by no rule.
DEPDIR    := $(BUILD)/dep
DEPFLAGS   = -MMD -MP -MF $(DEPDIR)/$(subst /,_,$@).d
$(BUILD)/obj/%.o: src/%.c $(DEPDIR)/$(subst /,_,$(BUILD))_obj_%.o.d | deps-ok
	@mkdir -p $(dir $@) $(DEPDIR)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $(DEPFLAGS) -c $< -o $@
OBJ_DEPS  := $(LIB_SRC:src/%.c=$(DEPDIR)/$(subst /,_,$(BUILD))_obj_%.o.d)
$(OBJ_DEPS):

$(BUILD)/libnewskg.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

TOOL_OBJ  := $(TOOL_SRC:src/%.c=$(BUILD)/tool/%.o)
TOOL_DEPS := $(TOOL_SRC:src/%.c=$(DEPDIR)/$(subst /,_,$(BUILD))_tool_%.o.d)
$(TOOL_DEPS):
$(BUILD)/tool/%.o: src/%.c $(DEPDIR)/$(subst /,_,$(BUILD))_tool_%.o.d | deps-ok
	@mkdir -p $(dir $@) $(DEPDIR)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/newskg: $(TOOL_OBJ) $(BUILD)/libnewskg.a
	$(CC) $(CFLAGS) $(TOOL_OBJ) $(BUILD)/libnewskg.a $(PKG_LIBS) $(LDSAN) -lm -lpthread -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libnewskg.a
	@mkdir -p $(dir $@) $(DEPDIR)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $(DEPFLAGS) $< $(BUILD)/libnewskg.a $(PKG_LIBS) $(LDSAN) -lm -lpthread -o $@

$(WORDIDX): $(BUILD)/newskg data/wordlists.tsv $(WORDLISTS)
	$(BUILD)/newskg index-words -q --data-dir data

# Checks that the libraries are there; scripts/deps.sh installs them.
.PHONY: deps-ok
deps-ok:
	@pkg-config --exists $(PKGS) || { echo "newskg: missing development packages; run 'make deps' (or 'make demo'/'make check', which do)" >&2; exit 2; }

deps:
	@scripts/deps.sh

demo: deps
	@$(MAKE) -s --no-print-directory all
	@scripts/demo.sh

unit: $(TEST_BIN)
	@scripts/run-unit.sh $(TEST_BIN)

# One group of `make check` each, on the normal build (check.sh runs them
# all, and the ASan build too).
cli: all
	@tests/cli/cli.sh $(BUILD)/newskg
golden: all
	@tests/golden/golden.sh $(BUILD)/newskg
cases: all
	@tests/golden/cases.sh $(BUILD)/newskg
rdfcheck: all
	@tests/golden/rdf-check.sh $(BUILD)/newskg
test: unit cli golden cases
ASAN_ENV  = LSAN_OPTIONS="suppressions='$(CURDIR)/tests/lsan.supp':print_suppressions=0" \
	    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
asan:
	@$(MAKE) -s --no-print-directory BUILD=build/asan SAN=1 all $(TEST_SRC:tests/unit/%.c=build/asan/tests/%)
	@$(ASAN_ENV) scripts/run-unit.sh build/asan/tests/test_*
	@$(ASAN_ENV) tests/cli/cli.sh build/asan/newskg
	@$(ASAN_ENV) tests/golden/golden.sh build/asan/newskg

check: deps
	@$(MAKE) -s --no-print-directory all $(TEST_BIN)
	@$(MAKE) -s --no-print-directory BUILD=build/asan SAN=1 all $(TEST_SRC:tests/unit/%.c=build/asan/tests/%)
	@scripts/check.sh

bench: deps
	@$(MAKE) -s --no-print-directory all $(BUILD)/bench_readers
	@scripts/bench.sh

# The readers alone, for make bench (tests/bench).
$(BUILD)/bench_readers: tests/bench/bench_readers.c $(BUILD)/libnewskg.a
	@mkdir -p $(DEPDIR)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $(DEPFLAGS) $< $(BUILD)/libnewskg.a $(PKG_LIBS) $(LDSAN) -lm -lpthread -o $@

clean:
	rm -rf build $(WORDIDX)

-include $(wildcard $(DEPDIR)/*.d)

# ---- fuzzing: libFuzzer targets in tests/fuzz (see docs/robustness.md) ------
#   make fuzz                    build, then run each target FUZZ_SECONDS (60)
#   make fuzz FUZZ_SECONDS=10    the short run for CI (about 45 s in all)
#   make fuzz-regress            replay seeds and tests/fuzz/regressions only
# The library is compiled again here with clang, ASan, UBSan and libFuzzer's
# coverage hooks, into build/fuzz/ (never mixed with build/ or build/asan/).
# No -Werror: clang warns about things gcc does not, and a fuzz build must
# not break on a warning in a file someone else is editing.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_DIR     := build/fuzz
FUZZ_FLAGS   := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_WARN    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter
FUZZ_TARGETS := fuzz_frontmatter fuzz_jsonl fuzz_date fuzz_extract fuzz_html fuzz_feed fuzz_warc
FUZZ_OBJ     := $(LIB_SRC:src/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BIN     := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)

.PHONY: fuzz fuzz-build fuzz-regress

$(FUZZ_DIR)/obj/%.o: src/%.c $(HDRS) | deps-ok
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(CPPFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(FUZZ_DIR)/libnewskg.a: $(FUZZ_OBJ)
	rm -f $@ && ar rcs $@ $^

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_DIR)/libnewskg.a $(HDRS)
	$(FUZZ_CC) $(FUZZ_WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer $(CPPFLAGS) $(PKG_CFLAGS) $< $(FUZZ_DIR)/libnewskg.a $(PKG_LIBS) -lm -lpthread -o $@

fuzz-build:
	@command -v $(FUZZ_CC) >/dev/null || { echo "newskg: fuzzing needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev (or set FUZZ_CC)" >&2; exit 2; }
	@$(MAKE) -s --no-print-directory $(FUZZ_BIN)

fuzz: fuzz-build
	@tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-regress: fuzz-build
	@tests/fuzz/run.sh 0 $(FUZZ_TARGETS)
