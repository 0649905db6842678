/// A form saves only what the person changed in it: the fields that differ from the
/// item as the form opened are put on top of the item as it is now, so a field that
/// someone else changed meanwhile is kept, and one both changed is asked about.
public enum FormSave<Item: Equatable & Sendable>: Equatable, Sendable {
    /// The item to store.
    case ready(Item)
    /// A field the person changed was changed by someone else too; `keepingMine` is
    /// the item with the person's values in those fields.
    case clash(ThreeWayMerge.Clash, keepingMine: Item)
    /// Someone else deleted the item while the form was open.
    case deletedMeanwhile
}

extension Library {
    public func formSave(_ edited: Goal, openedAs original: Goal, isNew: Bool) -> FormSave<Goal> {
        formSave(edited, original, isNew, goals, \.id, MergeFields.goals, "goals")
    }

    public func formSave(_ edited: Initiative, openedAs original: Initiative, isNew: Bool) -> FormSave<Initiative> {
        formSave(edited, original, isNew, initiatives, \.id, MergeFields.initiatives, "initiatives")
    }

    public func formSave(_ edited: Event, openedAs original: Event, isNew: Bool) -> FormSave<Event> {
        formSave(edited, original, isNew, events, \.id, MergeFields.events, "events")
    }

    public func formSave(_ edited: Volunteer, openedAs original: Volunteer, isNew: Bool) -> FormSave<Volunteer> {
        formSave(edited, original, isNew, volunteers, \.id, MergeFields.volunteers, "volunteers")
    }

    public func formSave(_ edited: Shift, openedAs original: Shift, isNew: Bool) -> FormSave<Shift> {
        formSave(edited, original, isNew, shifts, \.id, MergeFields.shifts, "shifts")
    }

    private func formSave<T: Identifiable & Equatable & Sendable>(_ edited: T, _ original: T, _ isNew: Bool, _ items: [T],
                                                                  _ id: WritableKeyPath<T, String>, _ fields: [MergeField<T>], _ kind: String) -> FormSave<T>
    where T.ID == String {
        let current = items.first { $0.id == edited.id }
        if isNew {
            // Someone else added an item under the id this form picked: this one takes the next free id.
            guard current != nil else { return .ready(edited) }
            var renamed = edited
            renamed[keyPath: id] = ThreeWayMerge.freeID(like: edited.id, avoiding: Set(items.map(\.id)))
            return .ready(renamed)
        }
        guard let current else { return .deletedMeanwhile }
        var clashes: [ThreeWayMerge.Clash] = []
        let merged = ThreeWayMerge.mergeItem(original, edited, current, fields, kind: kind, id: edited.id, clashes: &clashes)
        guard let clash = clashes.first else { return .ready(merged) }
        var mine = merged
        for field in fields where clash.fields.contains(field.name) { field.take(&mine, edited) }
        return .clash(clash, keepingMine: mine)
    }
}
