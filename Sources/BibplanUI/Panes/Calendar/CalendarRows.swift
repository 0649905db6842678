import BibplanCore

/// One row of the day or week list, drawn into the columns the whole list shares:
/// `10:00–13:00  ▶ nu  B Krea værksted   Børnebiblioteket  børn      0/1 mangler 1`.
enum CalendarRows {
    static func draw(_ occurrence: Occurrence, _ columns: CalendarColumns, _ state: AppState, _ index: LibraryIndex,
                     into screen: inout Screen, y: Int, now: NowMark?, roomTaken: Bool) {
        let event = index.event(of: occurrence)
        let language = state.language
        let cancelled = index.cancellation(of: occurrence) != nil
        // Each field with the gap after it in its own style: fewer attribute changes to send.
        func field(_ text: some StringProtocol, _ column: CalendarColumns.Column, style: Style, gap: Int = 1) {
            guard column.width > 0 else { return }
            screen.fill(Rect(x: column.x, y: y, width: column.width, height: 1), style: style)
            screen.put(text, x: column.x, y: y, limit: column.width - gap, style: style)
        }
        field(occurrence.start.clock + "–" + occurrence.end.clock, columns.time, style: .plain, gap: 2)
        if let now {
            let style: Style = now == .ongoing ? Style(foreground: .green, bold: true) : .caution
            let text = now.text(language)
            field(columns.markWords ? text : String(text.prefix(1)), columns.gutter, style: style, gap: columns.markWords ? 2 : 1)
        }
        let titleStyle: Style = cancelled ? .dim : CalendarView.categoryStyle(event, index)
        field(CalendarView.categoryLetter(event, index).map { String($0) } ?? "", columns.category, style: titleStyle)
        field(event.title.firstLine, columns.title, style: titleStyle)
        field((roomTaken ? "⚠ " : "") + event.place.firstLine, columns.place, style: roomTaken ? .warning : .dim)
        let attendance = Attendance(registered: index.registered(for: occurrence), capacity: index.capacity(of: occurrence))
        field(audienceText(occurrence, index, language), columns.audience, style: attendance.map(attendanceStyle) ?? .dim)
        let staffingStyle: Style = cancelled ? .caution : index.openSlots(of: occurrence) > 0 ? .warning : .good
        field(staffingColumnText(occurrence, index, language), columns.staffing, style: staffingStyle, gap: 0)
    }

    /// The registrations when counted, else the audience.
    static func audienceText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        let attendance = Attendance(registered: index.registered(for: occurrence), capacity: index.capacity(of: occurrence))
        return attendance?.text(language) ?? index.event(of: occurrence).audience.word(language)
    }

    /// The last column: `✕ aflyst` for a cancelled time, else the staffing (empty without volunteers).
    static func staffingColumnText(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String {
        if index.cancellation(of: occurrence) != nil { return language.pick("✕ aflyst", "✕ cancelled") }
        return CalendarView.staffingText(occurrence, index, language)
    }

    /// The line under a cancelled time with a reason: `✕ aflyst: sygdom`.
    static func cancelReason(_ occurrence: Occurrence, _ index: LibraryIndex, _ language: Language) -> String? {
        guard let cancellation = index.cancellation(of: occurrence), !cancellation.reason.isEmpty else { return nil }
        return language.pick("✕ aflyst: ", "✕ cancelled: ") + cancellation.reason
    }

    private static func attendanceStyle(_ attendance: Attendance) -> Style {
        switch attendance {
        case .open: return .dim
        case .full: return .caution
        case .waitingList: return .warning
        }
    }
}
