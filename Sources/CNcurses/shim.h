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
#include <errno.h>
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

// The mouse (xterm's 1000 press/release and wheel, reported as SGR 1006): turned on and
// off by writing the modes straight to the terminal, so every way out can turn it off,
// a signal handler included (write is async-signal-safe).
static volatile sig_atomic_t bibplan_mouse_on = 0;
static const char bibplan_mouse_enable_sequence[] = "\033[?1000h\033[?1006h";
static const char bibplan_mouse_disable_sequence[] = "\033[?1006l\033[?1000l";

static inline void bibplan_write_mouse_mode(int on) {
    const char *text = on ? bibplan_mouse_enable_sequence : bibplan_mouse_disable_sequence;
    size_t length = on ? sizeof bibplan_mouse_enable_sequence - 1 : sizeof bibplan_mouse_disable_sequence - 1;
    while (length > 0) {
        ssize_t written = write(1, text, length);
        if (written < 0) { if (errno == EINTR) continue; return; }
        text += written;
        length -= (size_t)written;
    }
}

/// Turns mouse reports on or off (remembered, so suspend and crash paths know).
static inline void bibplan_set_mouse(int on) {
    fflush(stdout);
    bibplan_mouse_on = on;
    bibplan_write_mouse_mode(on);
}

/// After Ctrl-Z and fg: the terminal may have been reset meanwhile.
static inline void bibplan_resume_mouse(void) {
    if (bibplan_mouse_on) bibplan_write_mouse_mode(1);
}

/// ncurses's own SIGTSTP handler (endwin, stop, restore): ours turns the mouse off first,
/// so a shell never receives mouse reports while bibplan is stopped.
static inline struct sigaction *bibplan_previous_stop_slot(void) {
    static struct sigaction slot;
    return &slot;
}
static inline void bibplan_on_stop(int number) {
    int saved = errno;
    if (bibplan_mouse_on) bibplan_write_mouse_mode(0);
    struct sigaction *previous = bibplan_previous_stop_slot();
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction) previous->sa_sigaction(number, NULL, NULL);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(number);
    }
    // Back from the stop (or never stopped, without job control): reports on again.
    if (bibplan_mouse_on) bibplan_write_mouse_mode(1);
    errno = saved;
}

/// Chains onto the SIGTSTP handler ncurses installed; leaves an ignored or default one alone.
static inline void bibplan_install_stop_handler(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0) return;
    if (!(current.sa_flags & SA_SIGINFO) && (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN)) return;
    if (current.sa_handler == bibplan_on_stop) return;
    *bibplan_previous_stop_slot() = current;
    struct sigaction action = current;
    action.sa_flags &= ~SA_SIGINFO;
    action.sa_handler = bibplan_on_stop;
    sigaction(SIGTSTP, &action, NULL);
}

/// Mouse reports are read by bibplan, not by ncurses (whose terminfo may name \E[< or \E[M as kmous).
static inline void bibplan_leave_mouse_reports_to_us(void) {
    keyok(KEY_MOUSE, FALSE);
}

/// On a crash, give the terminal back before dying with the same signal.
static inline void bibplan_restore_and_die(int number) {
    if (bibplan_mouse_on) bibplan_write_mouse_mode(0);
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
