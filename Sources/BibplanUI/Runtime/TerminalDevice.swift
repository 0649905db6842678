/// What the run loop needs from a terminal. The ncurses terminal implements it;
/// tests script whole sessions with a fake one.
@MainActor
public protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows the frame; the device sends only what changed.
    func draw(_ screen: Screen)
    /// Waits up to `milliseconds` for input or a signal; nil when nothing came.
    func nextEvent(milliseconds: Int) -> TerminalEvent?
}

public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// A click or the wheel, when the terminal reports the mouse.
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Redraw everything (after a suspend, or on request).
    case redraw
    /// The terminal went away or a signal asked to stop: leave at once, save nothing half-done.
    case hangUp
}
