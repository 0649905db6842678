import BibplanCore

/// A CSV export written as it is made, in pieces of about 64 KB: to standard
/// output, or to a file that appears whole when `finish` puts it in place. A long
/// roster is never held whole, and a reader that goes away (`| head`) stops it.
final class CSVExportStream {
    private var writer: CSVWriter
    private let file: ExchangeFile.Writer?
    private let output: any OutputSink
    private var failure: ExchangeFile.Failure?
    /// Rows written, the header not counted.
    private(set) var rows = -1

    init(delimiter: Character, file: ExchangeFile.Writer?, output: any OutputSink) {
        writer = CSVWriter(delimiter: delimiter)
        self.file = file
        self.output = output
    }

    /// Writes a row; false when the export should stop.
    func row(_ fields: [String]) -> Bool {
        writer.row(fields)
        rows += 1
        if writer.text.utf8.count >= 1 << 16 { flush() }
        return failure == nil && !output.isClosed
    }

    func finish() throws(ExchangeFile.Failure) {
        flush()
        if let failure { throw failure }
        try file?.commit()
    }

    private func flush() {
        let text = writer.take()
        guard failure == nil, !text.isEmpty else { return }
        guard let file else { return output.write(text) }
        do throws(ExchangeFile.Failure) { try file.append(Array(text.utf8)) } catch { failure = error }
    }
}
