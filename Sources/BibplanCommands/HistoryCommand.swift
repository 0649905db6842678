import BibplanCore
import Foundation

/// `history [--entity ID] [--since DATE] [--json]`: who changed what in one library,
/// oldest first, at the library's local time; `history --prune-before DATE` drops older records.
extension CommandRunner {
    func history(_ request: HistoryRequest, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        let (store, id) = try oneLibrary(invocation, command: .history, language)
        do throws(StoreError) {
            if let day = request.pruneBefore {
                let removed = try store.pruneHistory(id, before: day)
                output.write(language.pick("\(LibraryStore.historyName(id)): \(removed) poster før \(day.iso) slettet\n",
                                           "\(LibraryStore.historyName(id)): \(removed) record\(removed == 1 ? "" : "s") before " +
                                               "\(day.iso) removed\n"))
                return .ok
            }
            let (records, unreadable) = try store.history(id)
            let zone = (try? store.load(id)).map(\.library.timeZone) ?? "UTC"
            let shown = records.map { (record: $0, local: $0.localTime(in: zone)) }.filter { entry in
                request.entity.map { entry.record.entity == $0 || entry.record.entityID == $0 } ?? true
                    && request.since.map { String(entry.local.prefix(10)) >= $0.iso } ?? true
            }
            output.write(request.json ? HistoryText.json(shown, library: id) : HistoryText.text(shown, language))
            if unreadable > 0 {
                errors.write(language.pick("bibplan: \(LibraryStore.historyName(id)): \(unreadable) linjer kunne ikke læses og er " +
                    "udeladt\n",
                                           "bibplan: \(LibraryStore.historyName(id)): \(unreadable) lines could not be read and are " +
                                               "left out\n"))
            }
            return .ok
        } catch {
            throw .badData(error.problems)
        }
    }
}

/// The history as text and as JSON.
enum HistoryText {
    typealias Entry = (record: ChangeRecord, local: String)

    static func text(_ entries: [Entry], _ language: Language) -> String {
        guard !entries.isEmpty else { return language.pick("Ingen ændringer registreret.\n", "No changes recorded.\n") }
        return entries.map { entry in
            let record = entry.record
            return "\(entry.local)  \(record.account) (\(record.role))  " + describe(record, language) + "\n"
        }.joined()
    }

    static func describe(_ record: ChangeRecord, _ language: Language) -> String {
        switch record.change {
        case .changed: return "\(record.path): \(record.old ?? "–") → \(record.new ?? "–")"
        case .added: return "\(record.entity) " + language.pick("tilføjet: ", "added: ") + (record.new ?? "")
        case .removed: return "\(record.entity) " + language.pick("slettet: ", "removed: ") + (record.old ?? "")
        case .restored: return language.pick("genskabt fra ", "restored from ") + (record.new ?? "")
        }
    }

    static func json(_ entries: [Entry], library: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("library", library)
        writer.key("records")
        writer.beginArray()
        for entry in entries { entry.record.writeJSON(into: &writer) }
        writer.endArray()
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}
