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

// Signals: the handlers only record which signal came; the main loop acts on it.
#include <signal.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <stdio.h>
static volatile sig_atomic_t bibplan_pending_signal = 0;
static volatile sig_atomic_t bibplan_pending_continue = 0;
static inline void bibplan_record_signal(int number) { bibplan_pending_signal = number; }
static inline void bibplan_record_continue(int number) { (void)number; bibplan_pending_continue = 1; }

static inline void bibplan_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = bibplan_record_signal;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    action.sa_handler = bibplan_record_continue;
    sigaction(SIGCONT, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/// On a crash, give the terminal back before dying with the same signal.
static inline void bibplan_restore_and_die(int number) {
    endwin();
    signal(number, SIG_DFL);
    raise(number);
}

static inline void bibplan_install_crash_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = bibplan_restore_and_die;
    action.sa_flags = SA_RESETHAND;
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &action, NULL);
}

/// The signal that arrived since the last call (0 for none).
static inline int bibplan_take_signal(void) {
    int number = bibplan_pending_signal;
    bibplan_pending_signal = 0;
    return number;
}

static inline int bibplan_take_continue(void) {
    int value = bibplan_pending_continue;
    bibplan_pending_continue = 0;
    return value;
}

/// True when the terminal is gone (hang-up, error): reading would never block again.
static inline int bibplan_input_hung_up(int fd) {
    struct pollfd entry = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&entry, 1, 0) < 0) return 0;
    return (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/// Like initscr, but returns NULL for an unknown terminal type instead of exiting.
static inline SCREEN *bibplan_newterm(void) {
    if (!isatty(0) || !isatty(1)) return NULL;
    return newterm(NULL, stdout, stdin);
}
