extension Result {
    /// The failure, or nil on success: for asserting on what a call refused.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
