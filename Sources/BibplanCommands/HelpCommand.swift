import BibplanCore

/// `help [COMMAND]`, `COMMAND --help`, `--help`: the parser builds these itself (see `CommandLineParser.build`).
extension CommandSpec {
    static let help = CommandSpec(
        .help, arguments: "[COMMAND]", synopsis: ["bibplan help [COMMAND]"],
        summary: Phrase("Viser hjælp til bibplan eller til én kommando.", "Shows help for bibplan or for one command."),
        access: .everyone, severalLibraries: { _ in true },
        build: { parsed throws(UsageError) in .help(parsed.command) },
        run: { runner, invocation, language throws(CommandFailure) in
            guard case .help(let topic) = invocation.command else { return .badUsage }
            let role = runner.roleForHelp(invocation)
            runner.output.write(PlainText.reflow(UsageText.help(topic, language) { $0.spec.access.allows(role) }, width: runner.textWidth))
            return .ok
        })
}
