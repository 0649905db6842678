/// The volunteers pane's keys.
enum VolunteersKeys: KeyTable {
    static let scope = Scope.pane(.volunteers)

    static let bindings: [KeyBinding] = [
        bind([.character("n")], .new, "ny frivillig", "new volunteer").editing(),
        bind([.character("e")], .edit, "rediger", "edit").editing(),
        bind([.character("D")], .delete, "slet (spørger først)", "delete (asks first)").hidden().editing(),
    ]
}
