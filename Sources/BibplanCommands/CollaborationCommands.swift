import BibplanCore

extension CommandRunner {
    /// `merge`, `git-setup` and `history`.
    func collaborate(_ command: CollaborationCommand, _ invocation: Invocation, _ language: Language) throws(CommandFailure) -> ExitStatus {
        switch command {
        case .merge(let request): return try merge(request, language)
        case .gitSetup: return try gitSetup(invocation, language)
        case .history(let request): return try history(request, invocation, language)
        }
    }
}
