import BibplanCore

/// `landscape.json` for `check`: read and checked as a library file is; absent is fine.
struct LandscapeCheck {
    let landscape: Landscape?
    let problems: [LibraryProblem]

    var isOK: Bool { problems.isEmpty }

    /// What the libraries' `contributes` are checked against: the file, or an empty landscape
    /// without one; nil when the file has problems (they are listed once, not again per reference).
    var references: Landscape? { isOK ? landscape ?? Landscape() : nil }

    init(store: LibraryStore) {
        do throws(StoreError) {
            landscape = try store.landscape()
            problems = []
        } catch {
            landscape = nil
            problems = error.problems
        }
    }

    /// `landscape.json: ok (5 parter, 5 punkter)`, or every problem; nothing without the file.
    func text(_ language: Language) -> [String] {
        guard isOK else { return problems.map { SafeText.line($0.description) } }
        guard let landscape else { return [] }
        let actors = Labels.count(landscape.actors.count, language.pick("part", "party"), language.pick("parter", "parties"))
        let items = Labels.count(landscape.items.count, language.pick("punkt", "item"), language.pick("punkter", "items"))
        return [LibraryStore.fileName(Landscape.fileID) + ": ok (" + actors + ", " + items + ")"]
    }

    /// `"landscape": {"ok", "problems": [...]}`, or null without the file.
    func json(_ writer: inout JSONWriter) {
        writer.key("landscape")
        guard landscape != nil || !isOK else { writer.null(); return }
        writer.beginObject()
        writer.field("ok", isOK)
        writer.problems(problems)
        writer.endObject()
    }
}
