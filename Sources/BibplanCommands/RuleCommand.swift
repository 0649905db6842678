import BibplanCore

/// `bibplan rule TEXT [--from DATE] [--count N] [--json]`: a rhythm in words read as the
/// form reads it, printed as words, RRULE and the next dates; for scripts and importers.
public struct RuleRequest: Equatable, Sendable {
    public var text: String
    /// The first day the dates may fall on; nil is today. The series is taken to start there.
    public var from: Day?
    public var count: Int
    public var json: Bool

    public init(text: String, from: Day? = nil, count: Int = RuleRequest.defaultCount, json: Bool = false) {
        self.text = text
        self.from = from
        self.count = count
        self.json = json
    }

    public static let defaultCount = 5
    static let countRange = 1...1000
}

extension CommandSpec {
    static let rule = CommandSpec(
        .rule, arguments: "TEXT",
        options: [.from(Phrase("første dag, som i formularerne (2026-12-01, 1/12, 1. december, i morgen, mandag); standard i dag",
                               "first day, as in the forms (2026-12-01, 1/12, 1 December, tomorrow, Monday); today by default")),
                  OptionSpec("--count", .number(RuleRequest.countRange), value: "N",
                             help: Phrase("antal datoer, 1 til 1000 (standard 5)", "number of dates, 1 to 1000 (default 5)")),
                  .json],
        summary: Phrase("Læser en gentagelse i ord («anden lørdag i måneden», «hverdage») og viser den i ord, som RRULE og de "
                            + "næste datoer.",
                        "Reads a rhythm in words (\"the second Saturday of the month\", \"weekdays\") and shows it in words, as RRULE and "
                            + "the next dates."),
        severalLibraries: { _ in true },
        // The words after `rule`, one argument or several, are the text.
        build: { parsed throws(UsageError) in
            let text = parsed.words.joined(separator: " ")
            guard !text.allSatisfy(\.isWhitespace) else { throw UsageError(.missingArgument("TEXT"), command: .rule) }
            return .rule(RuleRequest(text: text, from: parsed.day("--from"), count: parsed.number("--count") ?? RuleRequest.defaultCount,
                                     json: parsed.flag("--json")))
        },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .rule(let request) = invocation.command else { return .badUsage }
            return try runner.rule(request, invocation, today: invocation.today ?? runner.realToday, language)
        })
}

/// What `rule` prints.
enum RuleReport {
    struct Reading {
        let text: String
        let reading: RecurrenceReading?
        let dates: [Day]
        var rule: RecurrenceRule? { reading?.rule }
    }

    /// The words read; `sidste åbningsdag` needs the library's open days (nil: no library).
    static func words(_ request: RuleRequest, today: Day) throws(RecurrenceWordsError) -> RecurrenceReading? {
        try RecurrenceWordsParser.reading(from: request.text, today: today)
    }

    /// Nil rule: a single occurrence, on the first day. The series starts on the first day and is looked at for a hundred years.
    static func read(_ request: RuleRequest, _ reading: RecurrenceReading?, open: OpenDays?, today: Day) -> Reading {
        let first = request.from ?? today
        guard let reading else { return Reading(text: request.text, reading: nil, dates: [first]) }
        var probe = Event(id: "rule", title: request.text, start: LocalDateTime(day: first, minutes: 0))
        probe.rrule = reading.rule.text
        probe.onClosingDay = reading.onClosingDay ?? .flag
        let horizon = DayRange(first, first.adding(days: 366 * 100))
        let days = Occurrences.days(of: probe, rule: reading.rule, in: horizon, open: open)
        return Reading(text: request.text, reading: reading, dates: Array(days.prefix(request.count)))
    }

    static func words(_ reading: Reading, _ language: Language) -> String {
        guard let read = reading.reading else { return RecurrenceWords.once(language) }
        return RecurrenceWords.describe(read.rule, onClosingDay: read.onClosingDay, language)
    }

    static func text(_ reading: Reading, _ language: Language) -> String {
        var lines = [SafeText.line(words(reading, language)), "RRULE:" + (reading.rule?.text ?? "")]
        if let move = reading.reading?.onClosingDay { lines.append("onClosingDay: " + move.rawValue) }
        lines += reading.dates.map { $0.iso + "  " + DateNames.long($0, language) }
        if reading.dates.isEmpty { lines.append(language.pick("ingen datoer", "no dates")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"text", "words", "rrule", "onClosingDay", "dates"}`; `rrule` is null for a single occurrence,
    /// `onClosingDay` (`earlier`, `later`) null unless the words move times off closed days.
    static func json(_ reading: Reading, _ language: Language) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("text", reading.text)
        writer.field("words", words(reading, language))
        writer.key("rrule")
        if let rule = reading.rule { writer.string(rule.text) } else { writer.null() }
        writer.key("onClosingDay")
        if let move = reading.reading?.onClosingDay { writer.string(move.rawValue) } else { writer.null() }
        writer.field("dates", reading.dates.map(\.iso))
        writer.endObject()
        return writer.text
    }
}

extension CommandRunner {
    /// Exit status 1 when the words do not read: the word named and phrasings that do. Words
    /// that move times off closed days (`sidste åbningsdag i måneden`) take the closing days and
    /// opening hours of `--library` (or the only library); without one they say so (exit 2).
    func rule(_ request: RuleRequest, _ invocation: Invocation, today: Day, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let reading: RecurrenceReading?
        do throws(RecurrenceWordsError) {
            reading = try RuleReport.words(request, today: today)
        } catch {
            errors.write("bibplan: rule: " + SafeText.line(error.text(language)) + "\n")
            return .badData
        }
        var open: OpenDays?
        if reading?.onClosingDay != nil {
            do throws(CommandFailure) {
                open = try loadLibrary(invocation, command: .rule, language).open
            } catch {
                guard case .usage(let usage) = error, case .severalLibraries = usage.reason else { throw error }
                let word = RecurrenceWordsError(problem: .needsLibrary, word: request.text, offset: 0)
                errors.write("bibplan: rule: " + SafeText.line(word.text(language)) + "\n")
                return .badUsage
            }
        }
        let result = RuleReport.read(request, reading, open: open, today: today)
        output.write(request.json ? RuleReport.json(result, language) : RuleReport.text(result, language))
        return .ok
    }
}
