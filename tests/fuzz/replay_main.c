/* Runs a fuzz target over files without libFuzzer, so regression inputs
 * can be replayed by any compiler's sanitizer build (gcc -fsanitize=...):
 *   replay FILE...   exit 0 when every input went through. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		long n;
		if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
		    fseek(f, 0, SEEK_SET) != 0 || !(buf = malloc((size_t)n + 1)) ||
		    fread(buf, 1, (size_t)n, f) != (size_t)n) {
			fprintf(stderr, "replay: %s: cannot read\n", argv[i]);
			return 2;
		}
		fclose(f);
		/* An exact-size copy, so ASan sees reads past the input. */
		uint8_t *exact = malloc(n ? (size_t)n : 1);
		for (long k = 0; k < n; k++)
			exact[k] = buf[k];
		free(buf);
		LLVMFuzzerTestOneInput(exact, (size_t)n);
		free(exact);
		fprintf(stderr, "replay: %s: ok\n", argv[i]);
	}
	return 0;
}
