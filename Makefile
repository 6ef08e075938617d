# newskg — build, demo and tests.
#   make demo    install missing Debian packages, build, run on corpus/ -> out/
#   make check   build (normal + ASan/UBSan) and run every test
#   make bench   benchmark figures
PKGS      := redland raptor2 rasqal libcgraph libgvc
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
LIB_SRC   := $(filter-out src/main.c,$(sort $(wildcard src/*.c)))
LIB_OBJ   := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
TEST_SRC  := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN  := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HDRS      := $(wildcard include/newskg/*.h) $(wildcard src/*.h)

.PHONY: all deps demo check test unit golden cli rdfcheck asan bench clean

all: $(BUILD)/newskg $(BUILD)/libnewskg.a

$(BUILD)/obj/%.o: src/%.c $(HDRS) | deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/libnewskg.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/newskg: src/main.c $(BUILD)/libnewskg.a $(HDRS)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) src/main.c $(BUILD)/libnewskg.a $(PKG_LIBS) $(LDSAN) -lm -lpthread -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libnewskg.a $(HDRS) tests/unit/nkg_test.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $< $(BUILD)/libnewskg.a $(PKG_LIBS) $(LDSAN) -lm -lpthread -o $@

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

check: deps
	@$(MAKE) -s --no-print-directory all
	@$(MAKE) -s --no-print-directory BUILD=build/asan SAN=1 all $(TEST_SRC:tests/unit/%.c=build/asan/tests/%)
	@scripts/check.sh

bench: deps
	@$(MAKE) -s --no-print-directory all
	@scripts/bench.sh

clean:
	rm -rf build
