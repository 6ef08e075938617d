/* newskg — scoring extracted facts against gold facts: a C port of the
 * reference scorer shared/eval/score.py (format in shared/eval/FORMAT.md).
 *
 * The port follows score.py step by step and keeps its iteration orders
 * (gold file order, system file order, list orders of the matching), so
 * that counts and the printed report, notes included, agree byte for byte.
 * Where score.py leans on Python's str semantics (unicodedata.normalize,
 * casefold, isspace, strip, upper, repr) the equivalent is written out here;
 * see the comment above the tables for the one approximation. */
#include "newskg/eval.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Unicode: score.py's norm() is NFKD, drop combining marks, U+2019 -> ',
 * '-' -> ' ', casefold, then split on whitespace and join with one space.
 * Decomposition, dropping, replacing and casefolding all work code point by
 * code point (canonical reordering only moves the combining marks that are
 * dropped anyway), so norm() is a per-code-point map followed by the
 * whitespace collapse.  The map comes from tables generated from Python's
 * unicodedata (Unicode 14.0) by the script below:
 *   - drop_ranges: every code point that maps to nothing (combining marks);
 *   - fold_multis: code points in SCOPE that map to several characters;
 *   - fold_runs: code points in SCOPE that map to one other character,
 *     grouped in runs (lo..hi every `step`, to `v` or to cp + `v`).
 * SCOPE covers Latin, IPA, Greek, Cyrillic, punctuation and spaces, letter-
 * like symbols, number forms, Latin ligatures and fullwidth forms; Hangul
 * syllables are decomposed algorithmically.  Other code points (Greek
 * Extended, Armenian, Cherokee, CJK compatibility ...) are kept as they are,
 * where Python may fold them: the one known departure, irrelevant to the
 * French and English names this tool scores.  ASCII is handled in code.
 *
 * import unicodedata as u
 * SCOPE = [(0x80, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x218F), (0xFB00, 0xFB06),
 *          (0xFF00, 0xFFEF)]
 * def m(c):  # score.py's norm() of one code point, before whitespace collapse
 *     s = "".join(x for x in u.normalize("NFKD", c) if not u.combining(x))
 *     return s.replace("\u2019", "'").replace("-", " ").casefold()
 * def same(c): return m(chr(c)) == chr(c)
 * drop = []
 * for c in range(0x110000):
 *     if not 0xD800 <= c < 0xE000 and m(chr(c)) == "":
 *         if drop and drop[-1][1] == c - 1: drop[-1][1] = c
 *         else: drop.append([c, c])
 * M = {c: m(chr(c)) for a, b in SCOPE for c in range(a, b + 1)}
 * M = {c: r for c, r in M.items() if r not in (chr(c), "")}
 * multi = sorted((c, r) for c, r in M.items() if len(r) != 1)
 * one = {c: ord(r) for c, r in M.items() if len(r) == 1}
 * runs, done = [], set()
 * for lo in sorted(one):
 *     if lo in done: continue
 *     best = None  # longest run of code points that map alike
 *     for step in (1, 2):
 *         for konst in (0, 1):
 *             v = one[lo] if konst else one[lo] - lo
 *             hi = lo
 *             while (hi + step in one and hi + step not in done
 *                    and (one[hi + step] if konst else one[hi + step] - hi - step) == v
 *                    and all(same(g) for g in range(hi + 1, hi + step))):
 *                 hi += step
 *             if best is None or (hi - lo) // step > (best[1] - best[0]) // best[2]:
 *                 best = (lo, hi, step if hi > lo else 1, konst, v)
 *     runs.append(best)
 *     done.update(range(best[0], best[1] + 1, best[2]))
 * def emit(name, items, per):
 *     print("static const struct %s %s[] = {" % name)
 *     for i in range(0, len(items), per): print("\t" + " ".join(items[i:i + per]))
 *     print("};")
 * q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
 * emit(("cp_range", "drop_ranges"), ["{0x%X, 0x%X}," % tuple(r) for r in drop], 5)
 * emit(("fold_run", "fold_runs"), ["{0x%X, 0x%X, %d, %d, %d}," % r for r in runs], 4)
 * emit(("fold_multi", "fold_multis"), ["{0x%X, %s}," % (c, q(r)) for c, r in multi], 5)
 */
struct cp_range { uint32_t lo, hi; };
/* A run never spans a code point that another table maps (the gaps of a
 * step-2 run map to themselves), so runs are disjoint and sorted. */
struct fold_run { uint32_t lo, hi; uint8_t step, konst; int32_t v; };
struct fold_multi { uint32_t cp; const char *to; };

static const struct cp_range drop_ranges[] = {
	{0x300, 0x34E}, {0x350, 0x36F}, {0x483, 0x487}, {0x591, 0x5BD}, {0x5BF, 0x5BF},
	{0x5C1, 0x5C2}, {0x5C4, 0x5C5}, {0x5C7, 0x5C7}, {0x610, 0x61A}, {0x64B, 0x65F},
	{0x670, 0x670}, {0x6D6, 0x6DC}, {0x6DF, 0x6E4}, {0x6E7, 0x6E8}, {0x6EA, 0x6ED},
	{0x711, 0x711}, {0x730, 0x74A}, {0x7EB, 0x7F3}, {0x7FD, 0x7FD}, {0x816, 0x819},
	{0x81B, 0x823}, {0x825, 0x827}, {0x829, 0x82D}, {0x859, 0x85B}, {0x898, 0x89F},
	{0x8CA, 0x8E1}, {0x8E3, 0x8FF}, {0x93C, 0x93C}, {0x94D, 0x94D}, {0x951, 0x954},
	{0x9BC, 0x9BC}, {0x9CD, 0x9CD}, {0x9FE, 0x9FE}, {0xA3C, 0xA3C}, {0xA4D, 0xA4D},
	{0xABC, 0xABC}, {0xACD, 0xACD}, {0xB3C, 0xB3C}, {0xB4D, 0xB4D}, {0xBCD, 0xBCD},
	{0xC3C, 0xC3C}, {0xC4D, 0xC4D}, {0xC55, 0xC56}, {0xCBC, 0xCBC}, {0xCCD, 0xCCD},
	{0xD3B, 0xD3C}, {0xD4D, 0xD4D}, {0xDCA, 0xDCA}, {0xE38, 0xE3A}, {0xE48, 0xE4B},
	{0xEB8, 0xEBA}, {0xEC8, 0xECB}, {0xF18, 0xF19}, {0xF35, 0xF35}, {0xF37, 0xF37},
	{0xF39, 0xF39}, {0xF71, 0xF75}, {0xF7A, 0xF7D}, {0xF80, 0xF84}, {0xF86, 0xF87},
	{0xFC6, 0xFC6}, {0x1037, 0x1037}, {0x1039, 0x103A}, {0x108D, 0x108D}, {0x135D, 0x135F},
	{0x1714, 0x1715}, {0x1734, 0x1734}, {0x17D2, 0x17D2}, {0x17DD, 0x17DD}, {0x18A9, 0x18A9},
	{0x1939, 0x193B}, {0x1A17, 0x1A18}, {0x1A60, 0x1A60}, {0x1A75, 0x1A7C}, {0x1A7F, 0x1A7F},
	{0x1AB0, 0x1ABD}, {0x1ABF, 0x1ACE}, {0x1B34, 0x1B34}, {0x1B44, 0x1B44}, {0x1B6B, 0x1B73},
	{0x1BAA, 0x1BAB}, {0x1BE6, 0x1BE6}, {0x1BF2, 0x1BF3}, {0x1C37, 0x1C37}, {0x1CD0, 0x1CD2},
	{0x1CD4, 0x1CE0}, {0x1CE2, 0x1CE8}, {0x1CED, 0x1CED}, {0x1CF4, 0x1CF4}, {0x1CF8, 0x1CF9},
	{0x1DC0, 0x1DFF}, {0x20D0, 0x20DC}, {0x20E1, 0x20E1}, {0x20E5, 0x20F0}, {0x2CEF, 0x2CF1},
	{0x2D7F, 0x2D7F}, {0x2DE0, 0x2DFF}, {0x302A, 0x302F}, {0x3099, 0x309A}, {0xA66F, 0xA66F},
	{0xA674, 0xA67D}, {0xA69E, 0xA69F}, {0xA6F0, 0xA6F1}, {0xA806, 0xA806}, {0xA82C, 0xA82C},
	{0xA8C4, 0xA8C4}, {0xA8E0, 0xA8F1}, {0xA92B, 0xA92D}, {0xA953, 0xA953}, {0xA9B3, 0xA9B3},
	{0xA9C0, 0xA9C0}, {0xAAB0, 0xAAB0}, {0xAAB2, 0xAAB4}, {0xAAB7, 0xAAB8}, {0xAABE, 0xAABF},
	{0xAAC1, 0xAAC1}, {0xAAF6, 0xAAF6}, {0xABED, 0xABED}, {0xFB1E, 0xFB1E}, {0xFE20, 0xFE2F},
	{0xFF9E, 0xFF9F}, {0x101FD, 0x101FD}, {0x102E0, 0x102E0}, {0x10376, 0x1037A}, {0x10A0D, 0x10A0D},
	{0x10A0F, 0x10A0F}, {0x10A38, 0x10A3A}, {0x10A3F, 0x10A3F}, {0x10AE5, 0x10AE6}, {0x10D24, 0x10D27},
	{0x10EAB, 0x10EAC}, {0x10F46, 0x10F50}, {0x10F82, 0x10F85}, {0x11046, 0x11046}, {0x11070, 0x11070},
	{0x1107F, 0x1107F}, {0x110B9, 0x110BA}, {0x11100, 0x11102}, {0x11133, 0x11134}, {0x11173, 0x11173},
	{0x111C0, 0x111C0}, {0x111CA, 0x111CA}, {0x11235, 0x11236}, {0x112E9, 0x112EA}, {0x1133B, 0x1133C},
	{0x1134D, 0x1134D}, {0x11366, 0x1136C}, {0x11370, 0x11374}, {0x11442, 0x11442}, {0x11446, 0x11446},
	{0x1145E, 0x1145E}, {0x114C2, 0x114C3}, {0x115BF, 0x115C0}, {0x1163F, 0x1163F}, {0x116B6, 0x116B7},
	{0x1172B, 0x1172B}, {0x11839, 0x1183A}, {0x1193D, 0x1193E}, {0x11943, 0x11943}, {0x119E0, 0x119E0},
	{0x11A34, 0x11A34}, {0x11A47, 0x11A47}, {0x11A99, 0x11A99}, {0x11C3F, 0x11C3F}, {0x11D42, 0x11D42},
	{0x11D44, 0x11D45}, {0x11D97, 0x11D97}, {0x16AF0, 0x16AF4}, {0x16B30, 0x16B36}, {0x16FF0, 0x16FF1},
	{0x1BC9E, 0x1BC9E}, {0x1D165, 0x1D169}, {0x1D16D, 0x1D172}, {0x1D17B, 0x1D182}, {0x1D185, 0x1D18B},
	{0x1D1AA, 0x1D1AD}, {0x1D242, 0x1D244}, {0x1E000, 0x1E006}, {0x1E008, 0x1E018}, {0x1E01B, 0x1E021},
	{0x1E023, 0x1E024}, {0x1E026, 0x1E02A}, {0x1E130, 0x1E136}, {0x1E2AE, 0x1E2AE}, {0x1E2EC, 0x1E2EF},
	{0x1E8D0, 0x1E8D6}, {0x1E944, 0x1E94A},
};
static const struct fold_run fold_runs[] = {
	{0xA0, 0xA0, 1, 0, -128}, {0xA8, 0xA8, 1, 0, -136}, {0xAA, 0xAA, 1, 0, -73}, {0xAF, 0xAF, 1, 0, -143},
	{0xB2, 0xB3, 1, 0, -128}, {0xB4, 0xB4, 1, 0, -148}, {0xB5, 0xB5, 1, 0, 775}, {0xB8, 0xB8, 1, 0, -152},
	{0xB9, 0xB9, 1, 0, -136}, {0xBA, 0xBA, 1, 0, -75}, {0xC0, 0xC5, 1, 1, 97}, {0xC6, 0xC6, 1, 0, 32},
	{0xC7, 0xC7, 1, 0, -100}, {0xC8, 0xCB, 1, 1, 101}, {0xCC, 0xCF, 1, 1, 105}, {0xD0, 0xD0, 1, 0, 32},
	{0xD1, 0xD2, 1, 0, -99}, {0xD3, 0xD6, 1, 1, 111}, {0xD8, 0xD8, 1, 0, 32}, {0xD9, 0xDC, 1, 1, 117},
	{0xDD, 0xDD, 1, 0, -100}, {0xDE, 0xDE, 1, 0, 32}, {0xE0, 0xE5, 1, 1, 97}, {0xE7, 0xE7, 1, 0, -132},
	{0xE8, 0xEB, 1, 1, 101}, {0xEC, 0xEF, 1, 1, 105}, {0xF1, 0xF2, 1, 0, -131}, {0xF3, 0xF6, 1, 1, 111},
	{0xF9, 0xFC, 1, 1, 117}, {0xFD, 0xFF, 2, 1, 121}, {0x100, 0x105, 1, 1, 97}, {0x106, 0x10D, 1, 1, 99},
	{0x10E, 0x10F, 1, 1, 100}, {0x110, 0x110, 1, 0, 1}, {0x112, 0x11B, 1, 1, 101}, {0x11C, 0x123, 1, 1, 103},
	{0x124, 0x125, 1, 1, 104}, {0x126, 0x126, 1, 0, 1}, {0x128, 0x130, 1, 1, 105}, {0x134, 0x135, 1, 1, 106},
	{0x136, 0x137, 1, 1, 107}, {0x139, 0x13E, 1, 1, 108}, {0x141, 0x141, 1, 0, 1}, {0x143, 0x148, 1, 1, 110},
	{0x14A, 0x14A, 1, 0, 1}, {0x14C, 0x151, 1, 1, 111}, {0x152, 0x152, 1, 0, 1}, {0x154, 0x159, 1, 1, 114},
	{0x15A, 0x161, 1, 1, 115}, {0x162, 0x165, 1, 1, 116}, {0x166, 0x166, 1, 0, 1}, {0x168, 0x173, 1, 1, 117},
	{0x174, 0x175, 1, 1, 119}, {0x176, 0x178, 1, 1, 121}, {0x179, 0x17E, 1, 1, 122}, {0x17F, 0x17F, 1, 0, -268},
	{0x181, 0x181, 1, 0, 210}, {0x182, 0x184, 2, 0, 1}, {0x186, 0x186, 1, 0, 206}, {0x187, 0x187, 1, 0, 1},
	{0x189, 0x18A, 1, 0, 205}, {0x18B, 0x18B, 1, 0, 1}, {0x18E, 0x18E, 1, 0, 79}, {0x18F, 0x18F, 1, 0, 202},
	{0x190, 0x190, 1, 0, 203}, {0x191, 0x191, 1, 0, 1}, {0x193, 0x193, 1, 0, 205}, {0x194, 0x194, 1, 0, 207},
	{0x196, 0x196, 1, 0, 211}, {0x197, 0x197, 1, 0, 209}, {0x198, 0x198, 1, 0, 1}, {0x19C, 0x19C, 1, 0, 211},
	{0x19D, 0x19D, 1, 0, 213}, {0x19F, 0x19F, 1, 0, 214}, {0x1A0, 0x1A1, 1, 1, 111}, {0x1A2, 0x1A4, 2, 0, 1},
	{0x1A6, 0x1A6, 1, 0, 218}, {0x1A7, 0x1A7, 1, 0, 1}, {0x1A9, 0x1A9, 1, 0, 218}, {0x1AC, 0x1AC, 1, 0, 1},
	{0x1AE, 0x1AE, 1, 0, 218}, {0x1AF, 0x1B0, 1, 1, 117}, {0x1B1, 0x1B2, 1, 0, 217}, {0x1B3, 0x1B5, 2, 0, 1},
	{0x1B7, 0x1B7, 1, 0, 219}, {0x1B8, 0x1B8, 1, 0, 1}, {0x1BC, 0x1BC, 1, 0, 1}, {0x1CD, 0x1CE, 1, 1, 97},
	{0x1CF, 0x1D0, 1, 1, 105}, {0x1D1, 0x1D2, 1, 1, 111}, {0x1D3, 0x1DC, 1, 1, 117}, {0x1DE, 0x1E1, 1, 1, 97},
	{0x1E2, 0x1E3, 1, 1, 230}, {0x1E4, 0x1E4, 1, 0, 1}, {0x1E6, 0x1E7, 1, 1, 103}, {0x1E8, 0x1E9, 1, 1, 107},
	{0x1EA, 0x1ED, 1, 1, 111}, {0x1EE, 0x1EF, 1, 1, 658}, {0x1F0, 0x1F0, 1, 0, -390}, {0x1F4, 0x1F5, 1, 1, 103},
	{0x1F6, 0x1F6, 1, 0, -97}, {0x1F7, 0x1F7, 1, 0, -56}, {0x1F8, 0x1F9, 1, 1, 110}, {0x1FA, 0x1FB, 1, 1, 97},
	{0x1FC, 0x1FD, 1, 1, 230}, {0x1FE, 0x1FF, 1, 1, 248}, {0x200, 0x203, 1, 1, 97}, {0x204, 0x207, 1, 1, 101},
	{0x208, 0x20B, 1, 1, 105}, {0x20C, 0x20F, 1, 1, 111}, {0x210, 0x213, 1, 1, 114}, {0x214, 0x217, 1, 1, 117},
	{0x218, 0x219, 1, 1, 115}, {0x21A, 0x21B, 1, 1, 116}, {0x21C, 0x21C, 1, 0, 1}, {0x21E, 0x21F, 1, 1, 104},
	{0x220, 0x220, 1, 0, -130}, {0x222, 0x224, 2, 0, 1}, {0x226, 0x227, 1, 1, 97}, {0x228, 0x229, 1, 1, 101},
	{0x22A, 0x231, 1, 1, 111}, {0x232, 0x233, 1, 1, 121}, {0x23A, 0x23A, 1, 0, 10795}, {0x23B, 0x23B, 1, 0, 1},
	{0x23D, 0x23D, 1, 0, -163}, {0x23E, 0x23E, 1, 0, 10792}, {0x241, 0x241, 1, 0, 1}, {0x243, 0x243, 1, 0, -195},
	{0x244, 0x244, 1, 0, 69}, {0x245, 0x245, 1, 0, 71}, {0x246, 0x24E, 2, 0, 1}, {0x2B0, 0x2B0, 1, 0, -584},
	{0x2B1, 0x2B1, 1, 0, -75}, {0x2B2, 0x2B2, 1, 0, -584}, {0x2B3, 0x2B3, 1, 0, -577}, {0x2B4, 0x2B4, 1, 0, -59},
	{0x2B5, 0x2B5, 1, 0, -58}, {0x2B6, 0x2B6, 1, 0, -53}, {0x2B7, 0x2B7, 1, 0, -576}, {0x2B8, 0x2B8, 1, 0, -575},
	{0x2D8, 0x2DD, 1, 1, 32}, {0x2E0, 0x2E0, 1, 0, -125}, {0x2E1, 0x2E1, 1, 0, -629}, {0x2E2, 0x2E2, 1, 0, -623},
	{0x2E3, 0x2E3, 1, 0, -619}, {0x2E4, 0x2E4, 1, 0, -79}, {0x370, 0x372, 2, 0, 1}, {0x374, 0x374, 1, 0, -187},
	{0x376, 0x376, 1, 0, 1}, {0x37A, 0x37A, 1, 0, -858}, {0x37E, 0x37E, 1, 0, -835}, {0x37F, 0x37F, 1, 0, 116},
	{0x384, 0x385, 1, 1, 32}, {0x386, 0x386, 1, 0, 43}, {0x387, 0x387, 1, 0, -720}, {0x388, 0x388, 1, 0, 45},
	{0x389, 0x389, 1, 0, 46}, {0x38A, 0x38A, 1, 0, 47}, {0x38C, 0x38C, 1, 0, 51}, {0x38E, 0x38E, 1, 0, 55},
	{0x38F, 0x38F, 1, 0, 58}, {0x390, 0x390, 1, 0, 41}, {0x391, 0x3A1, 1, 0, 32}, {0x3A3, 0x3A9, 1, 0, 32},
	{0x3AA, 0x3AA, 1, 0, 15}, {0x3AB, 0x3AB, 1, 0, 26}, {0x3AC, 0x3AC, 1, 0, 5}, {0x3AD, 0x3AD, 1, 0, 8},
	{0x3AE, 0x3AE, 1, 0, 9}, {0x3AF, 0x3AF, 1, 0, 10}, {0x3B0, 0x3B0, 1, 0, 21}, {0x3C2, 0x3C2, 1, 0, 1},
	{0x3CA, 0x3CA, 1, 0, -17}, {0x3CB, 0x3CB, 1, 0, -6}, {0x3CC, 0x3CC, 1, 0, -13}, {0x3CD, 0x3CD, 1, 0, -8},
	{0x3CE, 0x3CE, 1, 0, -5}, {0x3CF, 0x3CF, 1, 0, 8}, {0x3D0, 0x3D0, 1, 0, -30}, {0x3D1, 0x3D1, 1, 0, -25},
	{0x3D2, 0x3D4, 1, 1, 965}, {0x3D5, 0x3D5, 1, 0, -15}, {0x3D6, 0x3D6, 1, 0, -22}, {0x3D8, 0x3EE, 2, 0, 1},
	{0x3F0, 0x3F0, 1, 0, -54}, {0x3F1, 0x3F1, 1, 0, -48}, {0x3F2, 0x3F2, 1, 0, -47}, {0x3F4, 0x3F4, 1, 0, -60},
	{0x3F5, 0x3F5, 1, 0, -64}, {0x3F7, 0x3F7, 1, 0, 1}, {0x3F9, 0x3F9, 1, 0, -54}, {0x3FA, 0x3FA, 1, 0, 1},
	{0x3FD, 0x3FF, 1, 0, -130}, {0x400, 0x401, 1, 1, 1077}, {0x402, 0x402, 1, 0, 80}, {0x403, 0x403, 1, 0, 48},
	{0x404, 0x406, 1, 0, 80}, {0x407, 0x407, 1, 0, 79}, {0x408, 0x40B, 1, 0, 80}, {0x40C, 0x40C, 1, 0, 46},
	{0x40D, 0x40D, 1, 0, 43}, {0x40E, 0x40E, 1, 0, 53}, {0x40F, 0x40F, 1, 0, 80}, {0x410, 0x418, 1, 0, 32},
	{0x419, 0x419, 1, 0, 31}, {0x41A, 0x42F, 1, 0, 32}, {0x439, 0x439, 1, 0, -1}, {0x450, 0x451, 1, 1, 1077},
	{0x453, 0x453, 1, 0, -32}, {0x457, 0x457, 1, 0, -1}, {0x45C, 0x45C, 1, 0, -34}, {0x45D, 0x45D, 1, 0, -37},
	{0x45E, 0x45E, 1, 0, -27}, {0x460, 0x474, 2, 0, 1}, {0x476, 0x477, 1, 1, 1141}, {0x478, 0x480, 2, 0, 1},
	{0x48A, 0x4BE, 2, 0, 1}, {0x4C0, 0x4C0, 1, 0, 15}, {0x4C1, 0x4C2, 1, 1, 1078}, {0x4C3, 0x4CD, 2, 0, 1},
	{0x4D0, 0x4D3, 1, 1, 1072}, {0x4D4, 0x4D4, 1, 0, 1}, {0x4D6, 0x4D7, 1, 1, 1077}, {0x4D8, 0x4DA, 2, 1, 1241},
	{0x4DB, 0x4DB, 1, 0, -2}, {0x4DC, 0x4DD, 1, 1, 1078}, {0x4DE, 0x4DF, 1, 1, 1079}, {0x4E0, 0x4E0, 1, 0, 1},
	{0x4E2, 0x4E5, 1, 1, 1080}, {0x4E6, 0x4E7, 1, 1, 1086}, {0x4E8, 0x4EA, 2, 1, 1257}, {0x4EB, 0x4EB, 1, 0, -2},
	{0x4EC, 0x4ED, 1, 1, 1101}, {0x4EE, 0x4F3, 1, 1, 1091}, {0x4F4, 0x4F5, 1, 1, 1095}, {0x4F6, 0x4F6, 1, 0, 1},
	{0x4F8, 0x4F9, 1, 1, 1099}, {0x4FA, 0x52E, 2, 0, 1}, {0x1E00, 0x1E01, 1, 1, 97}, {0x1E02, 0x1E07, 1, 1, 98},
	{0x1E08, 0x1E09, 1, 1, 99}, {0x1E0A, 0x1E13, 1, 1, 100}, {0x1E14, 0x1E1D, 1, 1, 101}, {0x1E1E, 0x1E1F, 1, 1, 102},
	{0x1E20, 0x1E21, 1, 1, 103}, {0x1E22, 0x1E2B, 1, 1, 104}, {0x1E2C, 0x1E2F, 1, 1, 105}, {0x1E30, 0x1E35, 1, 1, 107},
	{0x1E36, 0x1E3D, 1, 1, 108}, {0x1E3E, 0x1E43, 1, 1, 109}, {0x1E44, 0x1E4B, 1, 1, 110}, {0x1E4C, 0x1E53, 1, 1, 111},
	{0x1E54, 0x1E57, 1, 1, 112}, {0x1E58, 0x1E5F, 1, 1, 114}, {0x1E60, 0x1E69, 1, 1, 115}, {0x1E6A, 0x1E71, 1, 1, 116},
	{0x1E72, 0x1E7B, 1, 1, 117}, {0x1E7C, 0x1E7F, 1, 1, 118}, {0x1E80, 0x1E89, 1, 1, 119}, {0x1E8A, 0x1E8D, 1, 1, 120},
	{0x1E8E, 0x1E8F, 1, 1, 121}, {0x1E90, 0x1E95, 1, 1, 122}, {0x1E96, 0x1E96, 1, 0, -7726}, {0x1E97, 0x1E97, 1, 0, -7715},
	{0x1E98, 0x1E98, 1, 0, -7713}, {0x1E99, 0x1E99, 1, 0, -7712}, {0x1E9B, 0x1E9B, 1, 0, -7720}, {0x1EA0, 0x1EB7, 1, 1, 97},
	{0x1EB8, 0x1EC7, 1, 1, 101}, {0x1EC8, 0x1ECB, 1, 1, 105}, {0x1ECC, 0x1EE3, 1, 1, 111}, {0x1EE4, 0x1EF1, 1, 1, 117},
	{0x1EF2, 0x1EF9, 1, 1, 121}, {0x1EFA, 0x1EFE, 2, 0, 1}, {0x2000, 0x200A, 1, 1, 32}, {0x2011, 0x2011, 1, 0, -1},
	{0x2017, 0x2017, 1, 0, -8183}, {0x2019, 0x2019, 1, 0, -8178}, {0x2024, 0x2024, 1, 0, -8182}, {0x202F, 0x202F, 1, 0, -8207},
	{0x203E, 0x203E, 1, 0, -8222}, {0x205F, 0x205F, 1, 0, -8255}, {0x2070, 0x2070, 1, 0, -8256}, {0x2071, 0x2071, 1, 0, -8200},
	{0x2074, 0x2079, 1, 0, -8256}, {0x207A, 0x207A, 1, 0, -8271}, {0x207B, 0x207B, 1, 0, 407}, {0x207C, 0x207C, 1, 0, -8255},
	{0x207D, 0x207E, 1, 0, -8277}, {0x207F, 0x207F, 1, 0, -8209}, {0x2080, 0x2089, 1, 0, -8272}, {0x208A, 0x208A, 1, 0, -8287},
	{0x208B, 0x208B, 1, 0, 391}, {0x208C, 0x208C, 1, 0, -8271}, {0x208D, 0x208E, 1, 0, -8293}, {0x2090, 0x2090, 1, 0, -8239},
	{0x2091, 0x2091, 1, 0, -8236}, {0x2092, 0x2092, 1, 0, -8227}, {0x2093, 0x2093, 1, 0, -8219}, {0x2094, 0x2094, 1, 0, -7739},
	{0x2095, 0x2095, 1, 0, -8237}, {0x2096, 0x2099, 1, 0, -8235}, {0x209A, 0x209A, 1, 0, -8234}, {0x209B, 0x209C, 1, 0, -8232},
	{0x2102, 0x2102, 1, 0, -8351}, {0x2107, 0x2107, 1, 0, -7852}, {0x210A, 0x210B, 1, 0, -8355}, {0x210C, 0x210E, 1, 1, 104},
	{0x210F, 0x210F, 1, 0, -8168}, {0x2110, 0x2111, 1, 1, 105}, {0x2112, 0x2113, 1, 1, 108}, {0x2115, 0x2115, 1, 0, -8359},
	{0x2119, 0x211B, 1, 0, -8361}, {0x211C, 0x211D, 1, 1, 114}, {0x2124, 0x2124, 1, 0, -8362}, {0x2126, 0x2126, 1, 0, -7517},
	{0x2128, 0x2128, 1, 0, -8366}, {0x212A, 0x212A, 1, 0, -8383}, {0x212B, 0x212D, 1, 0, -8394}, {0x212F, 0x2130, 1, 1, 101},
	{0x2131, 0x2131, 1, 0, -8395}, {0x2132, 0x2132, 1, 0, 28}, {0x2133, 0x2133, 1, 0, -8390}, {0x2134, 0x2134, 1, 0, -8389},
	{0x2135, 0x2138, 1, 0, -7013}, {0x2139, 0x2139, 1, 0, -8400}, {0x213C, 0x213C, 1, 0, -7548}, {0x213D, 0x213E, 1, 1, 947},
	{0x213F, 0x213F, 1, 0, -7551}, {0x2140, 0x2140, 1, 0, 209}, {0x2145, 0x2146, 1, 1, 100}, {0x2147, 0x2147, 1, 0, -8418},
	{0x2148, 0x2149, 1, 0, -8415}, {0x2160, 0x2160, 1, 0, -8439}, {0x2164, 0x2164, 1, 0, -8430}, {0x2169, 0x2169, 1, 0, -8433},
	{0x216C, 0x216C, 1, 0, -8448}, {0x216D, 0x216E, 1, 0, -8458}, {0x216F, 0x216F, 1, 0, -8450}, {0x2170, 0x2170, 1, 0, -8455},
	{0x2174, 0x2174, 1, 0, -8446}, {0x2179, 0x2179, 1, 0, -8449}, {0x217C, 0x217C, 1, 0, -8464}, {0x217D, 0x217E, 1, 0, -8474},
	{0x217F, 0x217F, 1, 0, -8466}, {0x2183, 0x2183, 1, 0, 1}, {0xFF01, 0xFF0C, 1, 0, -65248}, {0xFF0D, 0xFF0D, 1, 0, -65261},
	{0xFF0E, 0xFF20, 1, 0, -65248}, {0xFF21, 0xFF3A, 1, 0, -65216}, {0xFF3B, 0xFF5E, 1, 0, -65248}, {0xFF5F, 0xFF60, 1, 0, -54746},
	{0xFF61, 0xFF61, 1, 0, -53087}, {0xFF62, 0xFF63, 1, 0, -53078}, {0xFF64, 0xFF64, 1, 0, -53091}, {0xFF65, 0xFF65, 1, 0, -52842},
	{0xFF66, 0xFF66, 1, 0, -52852}, {0xFF67, 0xFF67, 1, 0, -52934}, {0xFF68, 0xFF68, 1, 0, -52933}, {0xFF69, 0xFF69, 1, 0, -52932},
	{0xFF6A, 0xFF6A, 1, 0, -52931}, {0xFF6B, 0xFF6B, 1, 0, -52930}, {0xFF6C, 0xFF6C, 1, 0, -52873}, {0xFF6D, 0xFF6D, 1, 0, -52872},
	{0xFF6E, 0xFF6E, 1, 0, -52871}, {0xFF6F, 0xFF6F, 1, 0, -52908}, {0xFF70, 0xFF70, 1, 0, -52852}, {0xFF71, 0xFF71, 1, 0, -52943},
	{0xFF72, 0xFF72, 1, 0, -52942}, {0xFF73, 0xFF73, 1, 0, -52941}, {0xFF74, 0xFF74, 1, 0, -52940}, {0xFF75, 0xFF76, 1, 0, -52939},
	{0xFF77, 0xFF77, 1, 0, -52938}, {0xFF78, 0xFF78, 1, 0, -52937}, {0xFF79, 0xFF79, 1, 0, -52936}, {0xFF7A, 0xFF7A, 1, 0, -52935},
	{0xFF7B, 0xFF7B, 1, 0, -52934}, {0xFF7C, 0xFF7C, 1, 0, -52933}, {0xFF7D, 0xFF7D, 1, 0, -52932}, {0xFF7E, 0xFF7E, 1, 0, -52931},
	{0xFF7F, 0xFF7F, 1, 0, -52930}, {0xFF80, 0xFF80, 1, 0, -52929}, {0xFF81, 0xFF81, 1, 0, -52928}, {0xFF82, 0xFF82, 1, 0, -52926},
	{0xFF83, 0xFF83, 1, 0, -52925}, {0xFF84, 0xFF84, 1, 0, -52924}, {0xFF85, 0xFF8A, 1, 0, -52923}, {0xFF8B, 0xFF8B, 1, 0, -52921},
	{0xFF8C, 0xFF8C, 1, 0, -52919}, {0xFF8D, 0xFF8D, 1, 0, -52917}, {0xFF8E, 0xFF8E, 1, 0, -52915}, {0xFF8F, 0xFF93, 1, 0, -52913},
	{0xFF94, 0xFF94, 1, 0, -52912}, {0xFF95, 0xFF95, 1, 0, -52911}, {0xFF96, 0xFF9B, 1, 0, -52910}, {0xFF9C, 0xFF9C, 1, 0, -52909},
	{0xFF9D, 0xFF9D, 1, 0, -52906}, {0xFFA0, 0xFFA0, 1, 0, -60992}, {0xFFA1, 0xFFA2, 1, 0, -61089}, {0xFFA3, 0xFFA3, 1, 0, -60921},
	{0xFFA4, 0xFFA4, 1, 0, -61090}, {0xFFA5, 0xFFA6, 1, 0, -60921}, {0xFFA7, 0xFFA9, 1, 0, -61092}, {0xFFAA, 0xFFAF, 1, 0, -60922},
	{0xFFB0, 0xFFB0, 1, 0, -61078}, {0xFFB1, 0xFFB3, 1, 0, -61099}, {0xFFB4, 0xFFB4, 1, 0, -61075}, {0xFFB5, 0xFFBE, 1, 0, -61100},
	{0xFFC2, 0xFFC7, 1, 0, -61025}, {0xFFCA, 0xFFCF, 1, 0, -61027}, {0xFFD2, 0xFFD7, 1, 0, -61029}, {0xFFDA, 0xFFDC, 1, 0, -61031},
	{0xFFE0, 0xFFE1, 1, 0, -65342}, {0xFFE2, 0xFFE2, 1, 0, -65334}, {0xFFE3, 0xFFE3, 1, 0, -65475}, {0xFFE4, 0xFFE4, 1, 0, -65342},
	{0xFFE5, 0xFFE5, 1, 0, -65344}, {0xFFE6, 0xFFE6, 1, 0, -57149}, {0xFFE8, 0xFFE8, 1, 0, -56038}, {0xFFE9, 0xFFEC, 1, 0, -56921},
	{0xFFED, 0xFFED, 1, 0, -55885}, {0xFFEE, 0xFFEE, 1, 0, -55843},
};
static const struct fold_multi fold_multis[] = {
	{0xBC, "1⁄4"}, {0xBD, "1⁄2"}, {0xBE, "3⁄4"}, {0xDF, "ss"}, {0x132, "ij"},
	{0x133, "ij"}, {0x13F, "l·"}, {0x140, "l·"}, {0x149, "ʼn"}, {0x1C4, "dz"},
	{0x1C5, "dz"}, {0x1C6, "dz"}, {0x1C7, "lj"}, {0x1C8, "lj"}, {0x1C9, "lj"},
	{0x1CA, "nj"}, {0x1CB, "nj"}, {0x1CC, "nj"}, {0x1F1, "dz"}, {0x1F2, "dz"},
	{0x1F3, "dz"}, {0x1E9A, "aʾ"}, {0x1E9E, "ss"}, {0x2025, ".."}, {0x2026, "..."},
	{0x2033, "′′"}, {0x2034, "′′′"}, {0x2036, "‵‵"}, {0x2037, "‵‵‵"}, {0x203C, "!!"},
	{0x2047, "??"}, {0x2048, "?!"}, {0x2049, "!?"}, {0x2057, "′′′′"}, {0x20A8, "rs"},
	{0x2100, "a/c"}, {0x2101, "a/s"}, {0x2103, "°c"}, {0x2105, "c/o"}, {0x2106, "c/u"},
	{0x2109, "°f"}, {0x2116, "no"}, {0x2120, "sm"}, {0x2121, "tel"}, {0x2122, "tm"},
	{0x213B, "fax"}, {0x2150, "1⁄7"}, {0x2151, "1⁄9"}, {0x2152, "1⁄10"}, {0x2153, "1⁄3"},
	{0x2154, "2⁄3"}, {0x2155, "1⁄5"}, {0x2156, "2⁄5"}, {0x2157, "3⁄5"}, {0x2158, "4⁄5"},
	{0x2159, "1⁄6"}, {0x215A, "5⁄6"}, {0x215B, "1⁄8"}, {0x215C, "3⁄8"}, {0x215D, "5⁄8"},
	{0x215E, "7⁄8"}, {0x215F, "1⁄"}, {0x2161, "ii"}, {0x2162, "iii"}, {0x2163, "iv"},
	{0x2165, "vi"}, {0x2166, "vii"}, {0x2167, "viii"}, {0x2168, "ix"}, {0x216A, "xi"},
	{0x216B, "xii"}, {0x2171, "ii"}, {0x2172, "iii"}, {0x2173, "iv"}, {0x2175, "vi"},
	{0x2176, "vii"}, {0x2177, "viii"}, {0x2178, "ix"}, {0x217A, "xi"}, {0x217B, "xii"},
	{0x2189, "0⁄3"}, {0xFB00, "ff"}, {0xFB01, "fi"}, {0xFB02, "fl"}, {0xFB03, "ffi"},
	{0xFB04, "ffl"}, {0xFB05, "st"}, {0xFB06, "st"},
};

static int in_ranges(const struct cp_range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Python's str.isspace(), which str.split() and str.strip() use. */
static int py_isspace(uint32_t cp)
{
	return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) ||
	       cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
	       (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Python's str.isprintable(), as far as repr() of a kind column needs it:
 * control, format, separator (other than ' ') and private-use characters.
 * Unassigned code points other than noncharacters count as printable. */
static int py_isprintable(uint32_t cp)
{
	static const struct cp_range np[] = {
		{0x00, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605},
		{0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70F, 0x70F}, {0x890, 0x891},
		{0x8E2, 0x8E2}, {0x1680, 0x1680}, {0x180E, 0x180E},
		{0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x2064},
		{0x2066, 0x206F}, {0x3000, 0x3000}, {0xE000, 0xF8FF},
		{0xFDD0, 0xFDEF}, {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB},
		{0xFFFE, 0xFFFF}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
		{0x13430, 0x13438}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
		{0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
	};
	return !in_ranges(np, sizeof np / sizeof np[0], cp);
}

static size_t utf8_put(char out[4], uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Output of norm(): whitespace runs become one space, none at the ends. */
struct collapse {
	nkg_buf out;
	int gap;
};

static int collapse_put(struct collapse *c, uint32_t cp)
{
	char u[4];

	if (py_isspace(cp)) {
		if (c->out.len)
			c->gap = 1;
		return 0;
	}
	if (c->gap && nkg_buf_append(&c->out, " ", 1))
		return NKG_ENOMEM;
	c->gap = 0;
	return nkg_buf_append(&c->out, u, utf8_put(u, cp));
}

static int norm_cp(struct collapse *c, uint32_t cp)
{
	size_t lo, hi;
	int rc;

	if (cp < 0x80) {
		if (cp == '-')
			cp = ' ';
		else if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		return collapse_put(c, cp);
	}
	if (in_ranges(drop_ranges, sizeof drop_ranges / sizeof drop_ranges[0], cp))
		return 0;
	if (cp >= 0xAC00 && cp <= 0xD7A3) {
		/* Hangul syllable: NFKD gives its leading consonant, vowel and
		 * (unless none) trailing consonant jamo. */
		uint32_t s = cp - 0xAC00;
		if ((rc = collapse_put(c, 0x1100 + s / 588)) ||
		    (rc = collapse_put(c, 0x1161 + (s % 588) / 28)))
			return rc;
		return s % 28 ? collapse_put(c, 0x11A7 + s % 28) : 0;
	}
	lo = 0;
	hi = sizeof fold_multis / sizeof fold_multis[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp == fold_multis[mid].cp) {
			const char *t = fold_multis[mid].to;
			size_t n = strlen(t), i = 0;
			while (i < n) {
				unsigned x;
				i += nkg_utf8_decode(t + i, n - i, &x);
				if ((rc = collapse_put(c, x)))
					return rc;
			}
			return 0;
		}
		if (cp < fold_multis[mid].cp)
			hi = mid;
		else
			lo = mid + 1;
	}
	/* Last run starting at or before cp. */
	lo = 0;
	hi = sizeof fold_runs / sizeof fold_runs[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (fold_runs[mid].lo <= cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0) {
		const struct fold_run *r = &fold_runs[lo - 1];
		if (cp <= r->hi && (cp - r->lo) % r->step == 0)
			cp = r->konst ? (uint32_t)r->v : (uint32_t)((int32_t)cp + r->v);
	}
	return collapse_put(c, cp);
}

/* norm() of score.py on s[0..n) (valid UTF-8).  Returns a malloc'd string
 * the caller owns, or NULL when out of memory. */
static char *norm(const char *s, size_t n)
{
	struct collapse c = {{0}, 0};
	size_t i = 0;

	while (i < n) {
		unsigned cp;
		i += nkg_utf8_decode(s + i, n - i, &cp);
		if (norm_cp(&c, cp)) {
			nkg_buf_free(&c.out);
			return NULL;
		}
	}
	return nkg_buf_detach(&c.out);
}

/* str.strip(): *a..*b is s[0..n) without whitespace at either end. */
static void py_strip(const char *s, size_t n, size_t *a, size_t *b)
{
	size_t i = 0;

	*a = *b = 0;
	while (i < n) {
		unsigned cp;
		size_t l = nkg_utf8_decode(s + i, n - i, &cp);
		if (!py_isspace(cp)) {
			if (*b == 0)
				*a = i;
			*b = i + l;
		}
		i += l;
	}
	if (*b == 0)
		*a = 0;
}

/* repr() of a Python str, for the "unknown kind" message. */
static int py_repr(nkg_buf *b, const char *s, size_t n)
{
	int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
	char q = has_sq && !has_dq ? '"' : '\'';
	size_t i = 0;
	int rc = nkg_buf_append(b, &q, 1);

	while (!rc && i < n) {
		unsigned cp;
		size_t l = nkg_utf8_decode(s + i, n - i, &cp);
		if (cp == (unsigned char)q || cp == '\\')
			rc = nkg_buf_printf(b, "\\%c", (char)cp);
		else if (cp == '\t')
			rc = nkg_buf_puts(b, "\\t");
		else if (cp == '\n')
			rc = nkg_buf_puts(b, "\\n");
		else if (cp == '\r')
			rc = nkg_buf_puts(b, "\\r");
		else if (py_isprintable(cp))
			rc = nkg_buf_append(b, s + i, l);
		else if (cp <= 0xFF)
			rc = nkg_buf_printf(b, "\\x%02x", cp);
		else if (cp <= 0xFFFF)
			rc = nkg_buf_printf(b, "\\u%04x", cp);
		else
			rc = nkg_buf_printf(b, "\\U%08x", cp);
		i += l;
	}
	return rc ? rc : nkg_buf_append(b, &q, 1);
}

/* ------------------------------------------------------------------------
 * Facts files. */

enum { K_PERSON, K_ORG, K_ROLE, K_EVENT, K__COUNT, K_DATE = K__COUNT };
static const char *const kind_names[K__COUNT] = {"PERSON", "ORG", "ROLE", "EVENT"};

/* kind.lstrip("?").upper() in KINDS: ASCII letters, plus the two non-ASCII
 * letters whose upper case is one ASCII letter (dotless i, long s). */
static int kind_lookup(const char *s, size_t n)
{
	char up[8];
	size_t i = 0, k = 0;

	while (i < n) {
		unsigned cp;
		i += nkg_utf8_decode(s + i, n - i, &cp);
		if (cp == 0x131)
			cp = 'I';
		else if (cp == 0x17F)
			cp = 'S';
		else if (cp >= 'a' && cp <= 'z')
			cp -= 'a' - 'A';
		if (cp >= 0x80 || k + 1 >= sizeof up)
			return -1;
		up[k++] = (char)cp;
	}
	up[k] = '\0';
	for (int j = 0; j < K__COUNT; j++)
		if (strcmp(up, kind_names[j]) == 0)
			return j;
	return -1;
}

/* One fact line: columns person, role, organization, event, date, each
 * stripped (owned by the row). */
struct row {
	int kind, opt;
	char *col[5];
};

/* Normalised accepted alternatives of a field (alts() of score.py). */
struct alts {
	char **v;
	size_t n;
};

/* A gold entity of one kind (score.py's Entities.names entries). */
struct ent {
	struct alts names;
	int opt;
	char *label;
};

/* ent_key(): ("gold", gold) when gold >= 0, else ("sys", sys). */
struct ekey {
	long gold;
	const char *sys;
};

struct ctx {
	/* Every string and small array made while scoring; freed together. */
	void **pool;
	size_t npool, cappool;
	struct row *rows[2]; /* [0] gold, [1] system */
	size_t nrows[2], caprows[2];
	struct ent *ents[2]; /* [0] PERSON, [1] ORG */
	size_t nents[2], capents[2];
	nkg_buf notes[K__COUNT + 1]; /* indented note lines per kind, + DATE */
	size_t counts[K__COUNT][3];  /* tp, fp, fn */
	size_t date_ok, date_total, date_wrong;
	nkg_error *err;
};

/* Hands p (malloc'd, may be NULL) to the pool; NULL when out of memory. */
static void *keep(struct ctx *c, void *p)
{
	void *arr = c->pool;

	if (!p)
		return NULL;
	if (nkg_grow(&arr, &c->cappool, c->npool + 1, sizeof(void *))) {
		free(p);
		return NULL;
	}
	c->pool = arr;
	c->pool[c->npool++] = p;
	return p;
}

static int oom(struct ctx *c)
{
	return nkg_error_set(c->err, NKG_ENOMEM, "out of memory");
}

/* norm() into the pool. */
static char *knorm(struct ctx *c, const char *s)
{
	return keep(c, norm(s, strlen(s)));
}

static int alts_make(struct ctx *c, const char *field, int drop_empty,
		     struct alts *a)
{
	size_t s0, s1, n = 1;
	const char *p;

	a->v = NULL;
	a->n = 0;
	for (p = field; *p; p++)
		n += *p == '|';
	if (!(a->v = keep(c, calloc(n, sizeof *a->v))))
		return oom(c);
	py_strip(field, strlen(field), &s0, &s1);
	if (s0 == s1) {
		/* {""}: an empty field accepts only the empty value. */
		if (!drop_empty && !(a->v[a->n++] = knorm(c, "")))
			return oom(c);
		return 0;
	}
	for (p = field;; p++) {
		size_t len = strcspn(p, "|");
		char *alt = keep(c, norm(p, len));
		if (!alt)
			return oom(c);
		if (!(drop_empty && !*alt))
			a->v[a->n++] = alt;
		p += len;
		if (!*p)
			break;
	}
	return 0;
}

static int alts_has(const struct alts *a, const char *s)
{
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], s) == 0)
			return 1;
	return 0;
}

static int parse_line(struct ctx *c, int which, const char *name,
		      size_t lineno, const char *s, size_t n)
{
	const char *f[6] = {"", "", "", "", "", ""};
	size_t fl[6] = {0}, nf = 0, a, b, i, start = 0, bad;
	struct row *r;
	void *arr;
	int kind, opt;

	if (nkg_utf8_check(s, n, &bad))
		return nkg_error_set(c->err, NKG_EINPUT,
				     "%s:%zu:%zu: invalid UTF-8", name, lineno, bad + 1);
	py_strip(s, n, &a, &b);
	if (a == b || s[0] == '#')
		return 0;
	for (i = 0; i <= n && nf < 6; i++) {
		if (i == n || s[i] == '\t') {
			f[nf] = s + start;
			fl[nf++] = i - start;
			start = i + 1;
		}
	}
	py_strip(f[0], fl[0], &a, &b);
	opt = a < b && f[0][a] == '?';
	while (a < b && f[0][a] == '?')
		a++;
	kind = kind_lookup(f[0] + a, b - a);
	if (kind < 0) {
		nkg_buf m = {0};
		int rc = py_repr(&m, f[0], fl[0]);
		rc = rc ? oom(c)
			: nkg_error_set(c->err, NKG_EINPUT, "%s:%zu: unknown kind %s",
					name, lineno, m.data);
		nkg_buf_free(&m);
		return rc;
	}
	if (opt && which != 0)
		return nkg_error_set(c->err, NKG_EINPUT,
				     "%s:%zu: only gold facts may be optional", name, lineno);
	arr = c->rows[which];
	if (nkg_grow(&arr, &c->caprows[which], c->nrows[which] + 1, sizeof *r))
		return oom(c);
	c->rows[which] = arr;
	r = &c->rows[which][c->nrows[which]];
	r->kind = kind;
	r->opt = opt;
	for (i = 0; i < 5; i++) {
		py_strip(f[i + 1], fl[i + 1], &a, &b);
		if (!(r->col[i] = keep(c, nkg_strndup(f[i + 1] + a, b - a))))
			return oom(c);
	}
	c->nrows[which]++;
	return 0;
}

/* Lines as Python's text mode reads them: \n, \r\n and \r all end one. */
static int read_rows(struct ctx *c, int which, const char *text, const char *name)
{
	const char *p = text;
	size_t lineno = 0;
	int rc;

	while (*p) {
		size_t len = strcspn(p, "\r\n");
		if ((rc = parse_line(c, which, name, ++lineno, p, len)))
			return rc;
		p += len;
		if (p[0] == '\r' && p[1] == '\n')
			p += 2;
		else if (*p)
			p++;
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * Entities (PERSON, ORG). */

static int ent_add(struct ctx *c, int e, const char *field, int opt)
{
	void *arr = c->ents[e];
	struct ent *x;

	if (nkg_grow(&arr, &c->capents[e], c->nents[e] + 1, sizeof *x))
		return oom(c);
	c->ents[e] = arr;
	x = &c->ents[e][c->nents[e]];
	memset(x, 0, sizeof *x);
	x->opt = opt;
	if (alts_make(c, field, 0, &x->names) ||
	    !(x->label = keep(c, nkg_strndup(field, strcspn(field, "|")))))
		return oom(c);
	c->nents[e]++;
	return 0;
}

/* Entities.find(): the first gold entity accepting the normalised name n. */
static long ent_find(const struct ctx *c, int e, const char *n)
{
	for (size_t i = 0; i < c->nents[e]; i++)
		if (alts_has(&c->ents[e][i].names, n))
			return (long)i;
	return -1;
}

static int ekey_make(struct ctx *c, int e, const char *name, struct ekey *k)
{
	char *n = knorm(c, name);

	if (!n)
		return oom(c);
	k->gold = ent_find(c, e, n);
	k->sys = k->gold < 0 ? n : NULL;
	return 0;
}

static int ekey_eq(const struct ekey *a, const struct ekey *b)
{
	return a->gold == b->gold && (a->gold >= 0 || strcmp(a->sys, b->sys) == 0);
}

/* Each gold entity is found once; a second system entity that maps to it
 * is a duplicate (a failed merge) and counts as wrong. */
static int score_entities(struct ctx *c, int kind, int col)
{
	int e = kind == K_PERSON ? 0 : 1;
	size_t *cnt = c->counts[kind];
	char *seen = NULL;
	nkg_buf *notes = &c->notes[kind];

	if (!(seen = keep(c, calloc(c->nents[e] + 1, 1))))
		return oom(c);
	for (size_t k = 0; k < c->nrows[1]; k++) {
		const struct row *r = &c->rows[1][k];
		char *n;
		long i;
		int rc = 0;

		if (r->kind != kind)
			continue;
		if (!(n = knorm(c, r->col[col])))
			return oom(c);
		i = ent_find(c, e, n);
		if (i < 0) {
			cnt[1]++;
			rc = nkg_buf_printf(notes, "    wrong: %s\n", r->col[col]);
		} else if (c->ents[e][i].opt) {
			continue;
		} else if (seen[i]) {
			cnt[1]++;
			rc = nkg_buf_printf(notes, "    duplicate: %s\n", r->col[col]);
		} else {
			seen[i] = 1;
			cnt[0]++;
		}
		if (rc)
			return oom(c);
	}
	for (size_t i = 0; i < c->nents[e]; i++) {
		if (c->ents[e][i].opt || seen[i])
			continue;
		cnt[2]++;
		if (nkg_buf_printf(notes, "    missed: %s\n", c->ents[e][i].label))
			return oom(c);
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * Relations (ROLE, EVENT). */

struct gfact {
	int opt;
	struct ekey person, org;
	struct alts role, event, dates; /* dates: without "" */
	char *label;                    /* the five columns, tab-joined */
};

/* A distinct system line: its key (role "" for EVENT, date "" for ROLE)
 * and the text of its first occurrence. */
struct sline {
	struct ekey person, org;
	const char *role, *event, *date;
	char *text;
};

struct matching {
	const struct sline *lines;
	const struct gfact *g;
	const size_t *req;  /* indices in g of the required gold facts */
	const size_t *off;  /* edges of line i: edge[off[i] .. off[i+1]) */
	const size_t *edge; /* indices in req */
	size_t *match;      /* match_of_gold: req index -> line, or SIZE_MAX */
	size_t *visited;    /* req index -> stamp of the search that saw it */
	size_t stamp;
};

static char *join_cols(struct ctx *c, const struct row *r)
{
	nkg_buf b = {0};

	for (int i = 0; i < 5; i++)
		if ((i && nkg_buf_append(&b, "\t", 1)) || nkg_buf_puts(&b, r->col[i])) {
			nkg_buf_free(&b);
			return NULL;
		}
	return keep(c, nkg_buf_detach(&b));
}

static int fits(int kind, const struct sline *l, const struct gfact *g)
{
	if (!ekey_eq(&g->person, &l->person) || !ekey_eq(&g->org, &l->org))
		return 0;
	return kind == K_ROLE ? alts_has(&g->role, l->role)
			      : alts_has(&g->event, l->event);
}

static int date_fits(const struct sline *l, const struct gfact *g)
{
	return g->dates.n == 0 || alts_has(&g->dates, l->date);
}

/* augment() of score.py: Kuhn's augmenting path search from line i, in the
 * same edge order.  The depth is bounded by the number of gold facts that
 * share one (person, organization). */
static int augment(struct matching *m, size_t i, int strong)
{
	for (size_t e = m->off[i]; e < m->off[i + 1]; e++) {
		size_t j = m->edge[e];
		if (m->visited[j] == m->stamp ||
		    (strong && !date_fits(&m->lines[i], &m->g[m->req[j]])))
			continue;
		m->visited[j] = m->stamp;
		if (m->match[j] == SIZE_MAX || augment(m, m->match[j], strong)) {
			m->match[j] = i;
			return 1;
		}
	}
	return 0;
}

static int score_relations(struct ctx *c, int kind)
{
	struct gfact *g = NULL;
	struct sline *l = NULL;
	size_t *req = NULL, *off = NULL, *edge = NULL, *match = NULL,
	       *visited = NULL;
	char *matched = NULL;
	size_t ng = 0, nl = 0, nreq = 0, ne = 0, *cnt = c->counts[kind];
	struct matching m;
	nkg_buf *notes = &c->notes[kind];
	int rc;

	/* Everything below is owned by the pool. */
	if (!(g = keep(c, calloc(c->nrows[0] + 1, sizeof *g))) ||
	    !(l = keep(c, calloc(c->nrows[1] + 1, sizeof *l))) ||
	    !(req = keep(c, calloc(c->nrows[0] + 1, sizeof *req))) ||
	    !(off = keep(c, calloc(c->nrows[1] + 2, sizeof *off))))
		return oom(c);
	for (size_t k = 0; k < c->nrows[0]; k++) {
		const struct row *r = &c->rows[0][k];
		struct gfact *x = &g[ng];
		if (r->kind != kind)
			continue;
		x->opt = r->opt;
		if ((rc = ekey_make(c, 0, r->col[0], &x->person)) ||
		    (rc = ekey_make(c, 1, r->col[2], &x->org)) ||
		    (rc = alts_make(c, r->col[1], 0, &x->role)) ||
		    (rc = alts_make(c, r->col[3], 0, &x->event)) ||
		    (rc = alts_make(c, r->col[4], 1, &x->dates)))
			return rc;
		if (!(x->label = join_cols(c, r)))
			return oom(c);
		if (!x->opt)
			req[nreq++] = ng;
		ng++;
	}
	for (size_t k = 0; k < c->nrows[1]; k++) {
		const struct row *r = &c->rows[1][k];
		struct sline *x = &l[nl];
		size_t i;
		if (r->kind != kind)
			continue;
		if ((rc = ekey_make(c, 0, r->col[0], &x->person)) ||
		    (rc = ekey_make(c, 1, r->col[2], &x->org)))
			return rc;
		x->role = kind == K_ROLE ? knorm(c, r->col[1]) : "";
		x->event = knorm(c, r->col[3]);
		x->date = kind == K_EVENT ? knorm(c, r->col[4]) : "";
		if (!x->role || !x->event || !x->date)
			return oom(c);
		for (i = 0; i < nl; i++)
			if (ekey_eq(&l[i].person, &x->person) &&
			    strcmp(l[i].role, x->role) == 0 &&
			    ekey_eq(&l[i].org, &x->org) &&
			    strcmp(l[i].event, x->event) == 0 &&
			    strcmp(l[i].date, x->date) == 0)
				break;
		if (i < nl)
			continue; /* the same key again: only the first counts */
		if (!(x->text = join_cols(c, r)))
			return oom(c);
		nl++;
	}

	/* edges[i]: the required gold facts line i fits, in gold order. */
	for (size_t i = 0; i < nl; i++)
		for (size_t j = 0; j < nreq; j++)
			ne += fits(kind, &l[i], &g[req[j]]);
	if (!(edge = keep(c, calloc(ne + 1, sizeof *edge))) ||
	    !(match = keep(c, malloc((nreq + 1) * sizeof *match))) ||
	    !(visited = keep(c, calloc(nreq + 1, sizeof *visited))) ||
	    !(matched = keep(c, calloc(nl + 1, 1))))
		return oom(c);
	ne = 0;
	for (size_t i = 0; i < nl; i++) {
		off[i] = ne;
		for (size_t j = 0; j < nreq; j++)
			if (fits(kind, &l[i], &g[req[j]]))
				edge[ne++] = j;
	}
	off[nl] = ne;
	for (size_t j = 0; j < nreq; j++)
		match[j] = SIZE_MAX;

	/* First pairs whose dates agree, then any pair: a maximum matching
	 * that prefers agreeing dates. */
	m = (struct matching){l, g, req, off, edge, match, visited, 0};
	for (size_t i = 0; i < nl; i++) {
		m.stamp++;
		augment(&m, i, 1);
	}
	for (size_t j = 0; j < nreq; j++)
		if (match[j] != SIZE_MAX)
			matched[match[j]] = 1;
	for (size_t i = 0; i < nl; i++) {
		if (matched[i])
			continue;
		m.stamp++;
		augment(&m, i, 0);
	}
	memset(matched, 0, nl);
	for (size_t j = 0; j < nreq; j++)
		if (match[j] != SIZE_MAX)
			matched[match[j]] = 1;

	for (size_t i = 0; i < nl; i++) {
		int opt_fit = 0;
		if (matched[i] || off[i] < off[i + 1])
			continue; /* matched, or a redundant restatement */
		for (size_t k = 0; k < ng && !opt_fit; k++)
			opt_fit = g[k].opt && fits(kind, &l[i], &g[k]);
		if (opt_fit)
			continue;
		cnt[1]++;
		if (nkg_buf_printf(notes, "    wrong: %s\n", l[i].text))
			return oom(c);
	}
	for (size_t j = 0; j < nreq; j++) {
		const struct gfact *x = &g[req[j]];
		const char *sysdate;
		if (match[j] == SIZE_MAX) {
			cnt[2]++;
			if (nkg_buf_printf(notes, "    missed: %s\n", x->label))
				return oom(c);
			continue;
		}
		cnt[0]++;
		if (kind != K_EVENT || x->dates.n == 0)
			continue;
		c->date_total++;
		sysdate = l[match[j]].date;
		if (alts_has(&x->dates, sysdate)) {
			c->date_ok++;
			continue;
		}
		if (*sysdate)
			c->date_wrong++;
		if (nkg_buf_printf(&c->notes[K_DATE], "    date %s for: %s\n",
				   *sysdate ? sysdate : "none", x->label))
			return oom(c);
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * Report. */

static void prf(const size_t cnt[3], double *p, double *r, double *f)
{
	size_t tp = cnt[0], fp = cnt[1], fn = cnt[2];

	/* Same operations in the same order as score.py, so the same doubles. */
	*p = tp + fp ? (double)tp / (double)(tp + fp) : 0.0;
	*r = tp + fn ? (double)tp / (double)(tp + fn) : 0.0;
	*f = *p + *r != 0.0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

static int make_report(struct ctx *c, int verbose, nkg_eval_result *res,
		       nkg_buf *out)
{
	size_t tot[3] = {0, 0, 0};
	double p, r, f, acc;
	nkg_eval_counts *per[K__COUNT];
	int rc = 0;

	per[K_PERSON] = &res->person;
	per[K_ORG] = &res->org;
	per[K_ROLE] = &res->role;
	per[K_EVENT] = &res->event;
	for (int k = 0; k < K__COUNT && !rc; k++) {
		const size_t *cnt = c->counts[k];
		prf(cnt, &p, &r, &f);
		for (int i = 0; i < 3; i++)
			tot[i] += cnt[i];
		per[k]->tp = cnt[0];
		per[k]->fp = cnt[1];
		per[k]->fn = cnt[2];
		rc = nkg_buf_printf(out, "%-7s P=%.3f R=%.3f F1=%.3f  (tp=%zu fp=%zu fn=%zu)\n",
				    kind_names[k], p, r, f, cnt[0], cnt[1], cnt[2]);
		if (!rc && verbose && c->notes[k].len)
			rc = nkg_buf_append(out, c->notes[k].data, c->notes[k].len);
	}
	acc = c->date_total ? (double)c->date_ok / (double)c->date_total : 0.0;
	if (!rc)
		rc = nkg_buf_printf(out, "DATES   %zu/%zu matched events with a stated date "
				    "got it right (%zu got a wrong one)\n",
				    c->date_ok, c->date_total, c->date_wrong);
	if (!rc && verbose && c->notes[K_DATE].len)
		rc = nkg_buf_append(out, c->notes[K_DATE].data, c->notes[K_DATE].len);
	prf(tot, &p, &r, &f);
	if (!rc)
		rc = nkg_buf_printf(out, "F1=%.3f P=%.3f R=%.3f dates=%.3f\n", f, p, r, acc);
	if (rc)
		return oom(c);
	res->date_ok = c->date_ok;
	res->date_total = c->date_total;
	res->date_wrong = c->date_wrong;
	res->p = p;
	res->r = r;
	res->f1 = f;
	res->dates = acc;
	return 0;
}

/* gold and system are borrowed.  The report is appended to the caller's
 * buffer (the caller owns it) and *res written only when scoring succeeds,
 * so a failure leaves both as they were. */
int nkg_eval_score(const char *gold, const char *gold_name,
		   const char *system, const char *system_name, int verbose,
		   nkg_eval_result *res, nkg_buf *report, nkg_error *err)
{
	struct ctx c;
	nkg_eval_result local;
	nkg_buf out = {0};
	int rc = 0;

	memset(&c, 0, sizeof c);
	memset(&local, 0, sizeof local);
	c.err = err;
	if (!gold || !system) {
		rc = nkg_error_set(err, NKG_EUSAGE, "nkg_eval_score: missing gold or system text");
		goto done;
	}
	if ((rc = read_rows(&c, 0, gold, gold_name ? gold_name : "gold")) ||
	    (rc = read_rows(&c, 1, system, system_name ? system_name : "system")))
		goto done;
	for (size_t k = 0; k < c.nrows[0]; k++) {
		const struct row *r = &c.rows[0][k];
		if (r->kind == K_PERSON && (rc = ent_add(&c, 0, r->col[0], r->opt)))
			goto done;
		if (r->kind == K_ORG && (rc = ent_add(&c, 1, r->col[2], r->opt)))
			goto done;
	}
	if ((rc = score_entities(&c, K_PERSON, 0)) ||
	    (rc = score_entities(&c, K_ORG, 2)) ||
	    (rc = score_relations(&c, K_ROLE)) ||
	    (rc = score_relations(&c, K_EVENT)) ||
	    (rc = make_report(&c, verbose, &local, &out)))
		goto done;
	/* Only a complete report reaches the caller's buffer. */
	if (report && out.len && nkg_buf_append(report, out.data, out.len)) {
		rc = oom(&c);
		goto done;
	}
	if (res)
		*res = local;
done:
	for (size_t i = 0; i < c.npool; i++)
		free(c.pool[i]);
	free(c.pool);
	free(c.rows[0]);
	free(c.rows[1]);
	free(c.ents[0]);
	free(c.ents[1]);
	for (int k = 0; k <= K__COUNT; k++)
		nkg_buf_free(&c.notes[k]);
	nkg_buf_free(&out);
	return rc;
}
