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
            return runner.rule(request, today: invocation.today ?? runner.realToday, language)
        })
}

/// What `rule` prints.
enum RuleReport {
    struct Reading {
        let text: String
        let rule: RecurrenceRule?
        let dates: [Day]
    }

    /// Nil rule: a single occurrence, on the first day.
    static func read(_ request: RuleRequest, today: Day) throws(RecurrenceWordsError) -> Reading {
        let first = request.from ?? today
        guard let rule = try RecurrenceWordsParser.rule(from: request.text, today: today) else {
            return Reading(text: request.text, rule: nil, dates: [first])
        }
        // A series that starts on the first day, looked at for a hundred years.
        let start = LocalDateTime(day: first, minutes: 0)
        let horizon = DayRange(first, first.adding(days: 366 * 100))
        return Reading(text: request.text, rule: rule, dates: Array(rule.days(startingAt: start, in: horizon).prefix(request.count)))
    }

    static func words(_ reading: Reading, _ language: Language) -> String {
        reading.rule.map { RecurrenceWords.describe($0, language) } ?? RecurrenceWords.once(language)
    }

    static func text(_ reading: Reading, _ language: Language) -> String {
        var lines = [SafeText.line(words(reading, language)), "RRULE:" + (reading.rule?.text ?? "")]
        lines += reading.dates.map { $0.iso + "  " + DateNames.long($0, language) }
        if reading.dates.isEmpty { lines.append(language.pick("ingen datoer", "no dates")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"text", "words", "rrule", "dates"}`; `rrule` is null for a single occurrence.
    static func json(_ reading: Reading, _ language: Language) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("text", reading.text)
        writer.field("words", words(reading, language))
        writer.key("rrule")
        if let rule = reading.rule { writer.string(rule.text) } else { writer.null() }
        writer.field("dates", reading.dates.map(\.iso))
        writer.endObject()
        return writer.text
    }
}

extension CommandRunner {
    /// Exit status 1 when the words do not read: the word named and phrasings that do.
    func rule(_ request: RuleRequest, today: Day, _ language: Language) -> ExitStatus {
        do throws(RecurrenceWordsError) {
            let reading = try RuleReport.read(request, today: today)
            output.write(request.json ? RuleReport.json(reading, language) : RuleReport.text(reading, language))
            return .ok
        } catch {
            errors.write("bibplan: rule: " + SafeText.line(error.text(language)) + "\n")
            return .badData
        }
    }
}
