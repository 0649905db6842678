#ifndef BIBPLAN_CNCURSES_SHIM_H
#define BIBPLAN_CNCURSES_SHIM_H

// Wide-character API (get_wch, wint_t, cchar_t) needs this before the header.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 cannot read these C globals or import the attribute macros directly.
static inline WINDOW *bibplan_stdscr(void) { return stdscr; }
static inline int bibplan_lines(void) { return LINES; }
static inline int bibplan_cols(void) { return COLS; }
static inline int bibplan_colors(void) { return COLORS; }
static inline int bibplan_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t bibplan_a_normal(void) { return A_NORMAL; }
static inline attr_t bibplan_a_bold(void) { return A_BOLD; }
static inline attr_t bibplan_a_reverse(void) { return A_REVERSE; }
static inline attr_t bibplan_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bibplan_a_dim(void) { return A_DIM; }
static inline attr_t bibplan_color_pair(int n) { return COLOR_PAIR(n); }
static inline int bibplan_key_resize(void) { return KEY_RESIZE; }
static inline int bibplan_key_code_yes(void) { return KEY_CODE_YES; }

// Draw one cell: a wide string of one grapheme with attributes and colour pair.
static inline int bibplan_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
