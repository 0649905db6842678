import BibplanCore
import Foundation
import XCTest

/// A second library beside the fixture's Ærø, for the commands across libraries:
/// - e1 Lektiecafé: weekly on Tuesdays 15:00–16:30, needs 1 volunteer, no shifts
///   (the same event id as Ærø's Strikkecafé);
/// - themes reading (g1), volunteering (g2, i1), communities (g2);
/// - partners: Røde Kors (which Ærø's Sommerbogen shares, written " røde kors ") and Bornholms Museum.
enum Neighbour {
    static let libraryID = "bornholm"

    static let library = #"""
    {
      "schema": 1,
      "id": "bornholm",
      "name": "Bornholms Biblioteker",
      "vision": "Bornholms Biblioteker er øens fælles stue, hvor alle kan låne, lære, læse og mødes med hinanden, hele året rundt og i alle fem byer på øen.",
      "plan": { "title": "Strategi for Bornholms Biblioteker og Borgerservice i kommunens fem byer", "from": "2026-01-01", "to": "2026-12-31" },
      "goals": [
        { "id": "g1", "parent": null, "title": "Læselyst", "status": "at-risk", "progress": 10, "themes": ["reading"] },
        { "id": "g2", "parent": null, "title": "Frivillige fællesskaber i alle fem byer på øen, fra Rønne og Nexø til Allinge, Aakirkeby og Hasle", "status": "on-track", "progress": 50, "themes": ["volunteering", "communities"] }
      ],
      "initiatives": [
        { "id": "i1", "title": "Lektiecafé", "goals": ["g2"], "status": "active", "partners": ["Røde Kors", "Bornholms Museum"], "themes": ["volunteering"] }
      ],
      "events": [
        { "id": "e1", "title": "Lektiecafé", "start": "2026-11-10T15:00", "durationMinutes": 90,
          "rrule": "FREQ=WEEKLY;BYDAY=TU", "location": "Læsesalen", "audience": "children", "initiative": "i1", "volunteersNeeded": 1 }
      ]
    }
    """#

    /// The fixture's Ærø with themes and a partner it shares with Bornholm.
    static let aeroe = Fixture.library.replacingOccurrences(
        of: #""title": "Sommerbogen","#, with: #""title": "Sommerbogen", "partners": [" røde kors "], "themes": ["reading"],"#)
}

/// A data directory with Ærø (`aeroe`) and Bornholm (`bornholm`).
class TwoLibrariesTestCase: DataDirectoryTestCase {
    override func initialFiles() throws -> [String: String] {
        ["aeroe.json": Neighbour.aeroe, "bornholm.json": Neighbour.library]
    }

    func run(_ arguments: [String], language: String = "en") -> RunResult {
        runBibplan(["--data-dir", path, "--lang", language] + arguments)
    }
}
