import BibplanCore

/// The columns of the day and week lists, laid out once per frame from every listed row, so
/// each row's time, mark, category letter, title, place, audience and staffing start where the
/// row above has them. A column no row needs takes no room; the title takes what is left.
struct CalendarColumns: Equatable {
    struct Column: Equatable {
        var x: Int
        var width: Int
        var right: Int { x + width }
    }

    private(set) var time = Column(x: 0, width: 0)
    /// `▶ nu` / `→ næste` (or the arrow alone when the words would leave the title too little).
    private(set) var gutter = Column(x: 0, width: 0)
    private(set) var category = Column(x: 0, width: 0)
    private(set) var title = Column(x: 0, width: 0)
    private(set) var place = Column(x: 0, width: 0)
    private(set) var audience = Column(x: 0, width: 0)
    private(set) var staffing = Column(x: 0, width: 0)
    /// Whether the gutter has room for the marks' words.
    private(set) var markWords = true

    /// `10:00–13:00` and two spaces.
    static let timeWidth = 13
    /// A title narrower than this gives up the marks' words, then the audience, then the place.
    static let narrowestTitle = 12

    init(_ occurrences: [Occurrence], _ marks: CalendarMarks, _ index: LibraryIndex, _ language: Language, x: Int, width: Int) {
        let events = occurrences.map { index.event(of: $0) }
        let letters = events.contains { CalendarView.categoryLetter($0, index) != nil } ? 2 : 0
        let markWidth = Set(marks.now.values).map { DisplayWidth.of($0.text(language)) }.max()
        let staffingWidth = occurrences.map { DisplayWidth.of(CalendarRows.staffingColumnText($0, index, language)) }.max() ?? 0
        let widestAudience = occurrences.map { DisplayWidth.of(CalendarRows.audienceText($0, index, language)) }.max() ?? 0
        let warning = marks.roomTaken.isEmpty ? 0 : 2
        let widestPlace = events.map { DisplayWidth.of($0.place.firstLine) }.max().map { $0 + warning } ?? 0
        let fixed = Self.timeWidth + letters + staffingWidth
        var gutter = markWidth.map { $0 + 2 } ?? 0
        var audience = width >= 70 && widestAudience > 0 ? min(widestAudience + 2, 12) : 0
        var place = width >= 60 && widestPlace > 0 ? min(widestPlace + 2, 24, max(0, (width - Self.timeWidth) / 3)) : 0
        func titleWidth() -> Int { width - fixed - gutter - audience - place }
        if markWidth != nil, titleWidth() < Self.narrowestTitle {
            gutter = 2
            markWords = false
        }
        if titleWidth() < Self.narrowestTitle { audience = 0 }
        if titleWidth() < Self.narrowestTitle { place = 0 }
        var next = x
        func column(_ width: Int) -> Column {
            defer { next += width }
            return Column(x: next, width: width)
        }
        time = column(Self.timeWidth)
        self.gutter = column(gutter)
        category = column(letters)
        title = column(max(0, titleWidth()))
        self.place = column(place)
        self.audience = column(audience)
        staffing = column(max(0, min(staffingWidth, x + width - next)))
    }

    /// Where the lines under a row (its flag, where it moved from, why it was cancelled) begin:
    /// under the category letter, after the time (and the marks).
    var noteColumn: Int { category.x }
}
