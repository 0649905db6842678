import BibplanCore
import BibplanResources
import XCTest

/// Each sample library against the items of its seed (the library's published plan):
/// titles and key sentences that a later edit must not drop, and the invented parts
/// the seed does not carry (issue 19).
final class SampleFidelityTests: XCTestCase {
    private func sample(_ id: String) throws -> Library {
        let text = try XCTUnwrap(EmbeddedResources.sampleLibraries[id], "no sample \(id)")
        return try LibraryCodec.decode(Array(text.utf8), file: "\(id).json")
    }

    /// Every text of the strategy, so a sentence is found wherever it was put.
    private func strategyText(_ library: Library) -> String {
        var parts = [library.vision, library.plan?.title ?? ""]
        for goal in library.goals { parts += [goal.title, goal.description] + goal.successCriteria + goal.measures.map(\.label) }
        for initiative in library.initiatives { parts += [initiative.title, initiative.notes] + initiative.partners }
        return parts.joined(separator: "\n")
    }

    private func assertHolds(_ library: Library, _ items: [String], file: StaticString = #filePath, line: UInt = #line) {
        let text = strategyText(library)
        for item in items where !text.contains(item) {
            XCTFail("\(library.id): the seed's \"\(item)\" is missing", file: file, line: line)
        }
    }

    func testEverySampleSaysWhatIsInventedExampleContent() throws {
        for id in ["albertslund", "ballerup", "glostrup", "taarnby"] {
            XCTAssertFalse(try sample(id).exampleContent?.isEmpty ?? true, id)
        }
    }

    func testAlbertslundHoldsTheFacetsAndTheVisionsRealDates() throws {
        let library = try sample("albertslund")
        assertHolds(library, [
            "Albertslund Bibliotek er mulighedernes og overraskelsernes sted.",
            "Oplevelsesarenaen", "Centrum for læring, viden og IT", "Den samlende institution", "Brugerperspektivet",
            "Vi tror på biblioteket som arena for inspirerende kulturoplevelser.",
            "I biblioteket forestår et arbejde med at udfolde værdierne og visionen til konkrete handlinger.",
            "det igangværende arbejde med at udforme en samlet kulturpolitik for Albertslund",
        ])
        XCTAssertEqual(library.plan?.from, Day(iso: "2003-12-09"), "the vision of 9 December 2003")
        XCTAssertNil(library.plan?.to, "the seed gives the vision no end")
        XCTAssertTrue(library.exampleContent?.contains("juni 2008") == true)
        XCTAssertTrue(library.goals.allSatisfy { $0.due == nil && $0.owner.isEmpty })
        let policy = try XCTUnwrap(library.initiatives.first { $0.title.contains("kulturpolitik") })
        XCTAssertEqual(policy.status, .active, "the seed calls the kulturpolitik work ongoing")
    }

    func testBallerupHoldsItsPurposeConditionsAndEveryGoalWordForWord() throws {
        let library = try sample("ballerup")
        assertHolds(library, [
            "at være borgernes sted for inspiration, læring og fællesskaber",
            "Biblioteket er ikke bare for borgerne – det er borgernes bibliotek.",
            "understøtte ”Bedre liv - mere liv” for borgerne i Ballerup Kommune",
            "Strategien hviler på tre bærende vilkår",
            "Mission, vision og arbejdskultur · Lokal relevans · Aktualitet",
            "Vores vision er at vække nysgerrighed, handlekraft og lyst til nye fællesskaber.",
            "Dette gør vi gennem levende litterære oplevelser, læringsaktiviteter, bæredygtige fællesskaber og som vejvisere i den digitale verden.",
            "1. Vi er et kraftcenter for læsning, kreativ dannelse og teknologiforståelse i Ballerup",
            "1.1 Vi følger den teknologiske udvikling tæt og hjælper Ballerups borgere med at forstå, navigere i og bruge ny teknologi",
            "mens teknologiforståelse er afgørende for at kunne navigere i det moderne samfund.",
            "1.2 Vi giver plads til lokale kreative fællesskaber og styrker deres levedygtighed",
            "1.3 Vi øger vores brugeres kulturforbrug ved at koble deres interesser til bibliotekets og kommunens øvrige kulturtilbud",
            "2. Vi er synlige og uundgåelige for nye borgere og nye brugere",
            "2.1 Vi skaber synlighed omkring bibliotekets mange tilbud for kommunens nye borgere og bibliotekets nye brugere",
            "2.2 Vi implementer relationsskabende værtskab i alle husene og i vores digitale kommunikation",
            "2.3 Vi er til stede, hvor borgerne færdes, både fysisk og digitalt, og gerne med relevante samarbejdspartnere",
            "3. Vi er et lærende og trygt miljø",
            "3.1 Vi optimerer arbejdsgange, prioriterer i opgaver og ressourcestyrer for at øge arbejdsglæden til gavn for os selv og borgerne",
            "3.2 Vi arbejder alle systematisk med vores ønskede arbejdskultur",
            "3.3 Vi sikrer konsekvent opfølgning på strategien med klare succeskriterier",
            "4. Vi er katalysator for at samle og forbinde engagement, mennesker og lokalsamfund i Ballerup",
            "4.1 Vi opbygger klare, differentierede og lokalrelevante profiler for husene, som samlet dækker kommunens behov",
            "4.2 Vi understøtter og skaber debat, samtaler og fællesskaber, som fremmer sammenhængskraft i kommunen",
            "4.3 Vi ser efter menneskers potentialer for at styrke den enkeltes mulighed for deltagelse i samfundet på tværs af forudsætninger, alder, baggrund og interesser",
            "5. Vores huse og tilbud afspejler samfundsaktuelle temaer og borgernes behov",
            "5.1 Vi sikrer krydsbefrugtning i interne og eksterne arbejdsfællesskaber",
            "5.2 Vi implementerer strukturer og systemer, som sikrer, at vi arbejder datastøttet og borgercentreret i alt, hvad vi gør",
            "5.3 Vi arbejder aktivt med vores verdensmålscertificering med afsæt i vores rolle som vidensinstitution, der omsætter globale mål til lokal handling",
            "Hos os tager vi ansvar for vores relationer, så der er psykologisk tryghed",
        ])
        XCTAssertTrue(library.vision.contains("Strategien hviler på tre bærende vilkår, der former vores tilgang og prioriteringer;"))
        // The plan gives 1.1 a title only: no paraphrase stands in for its text.
        XCTAssertEqual(library.goals.first { $0.id == "g1.1" }?.description, "")
        let criteria = library.goals.flatMap(\.successCriteria)
        XCTAssertFalse(criteria.contains("Månedlig debatcafé"), "a success criterion the plan does not have")
    }

    func testTaarnbyKeepsItsRealPeriodAndInventsNoStatus() throws {
        let library = try sample("taarnby")
        assertHolds(library, [
            "Levende Rum – Vi skaber kultur, viden og læring sammen med borgerne",
            "Sammen med borgerne 2017-2020",
            "Samskabelse", "Frivillighed", "Samarbejdsaftaler", "Kompetenceudvikling og værktøjskasse",
            "Scenen er din", "Rockcaféen", "Erindringscaféer", "Bogboksen", "Kulturbazar og fotokonkurrencer",
            "Det er Tårnby Kommunebibliotekers opgave, sammen med borgerne, at synliggøre bibliotekets virksomhed som et samskabelsesprojekt.",
            "Kompetenceudvikling indenfor disse områder skal derfor prioriteres.",
            "Når vi får en idé til et nyt initiativ, spørger vi som udgangspunkt os selv: »Sammen med hvem?«",
        ])
        XCTAssertEqual(library.plan?.from, Day(iso: "2017-01-01"))
        XCTAssertEqual(library.plan?.to, Day(iso: "2020-12-31"))
        for goal in library.goals {
            XCTAssertEqual(goal.status, .notStarted, "\(goal.id): the plan gives no status")
            XCTAssertEqual(goal.progress, 0, goal.id)
            XCTAssertTrue(goal.owner.isEmpty, goal.id)
        }
        XCTAssertFalse(strategyText(library).contains("Drives i dag med frivillige værter"))
        XCTAssertTrue(library.initiatives.allSatisfy { $0.to.map { $0 <= Day(iso: "2020-12-31")! } ?? true })
        XCTAssertTrue(library.exampleContent?.contains("opdigtede") == true)
        // "Kompetenceudvikling indenfor disse områder skal derfor prioriteres": the plan's one priority.
        XCTAssertEqual(library.goals.filter { $0.priority != nil }.map(\.id), ["g4.2"])
    }

    func testGlostrupHoldsItsProjectsPartnersAndFigures() throws {
        let library = try sample("glostrup")
        assertHolds(library, [
            "Kerneopgaven for Glostrup bibliotek er at være borgernes hus.",
            "Litteratur, viden og fællesskaber", "Børn og læseglæde", "Demokrati og samskabelse", "Værtskabet og biblioteket 7-22",
            "Samarbejder", "Maskinrummet", "Fremtiden på Glostrup bibliotek",
            "Litteratur på bassinkanten", "Fordybningen – en bibliotekshave", "Projekt OMSLAG", "Kunst- og litteraturcafé",
            "Sindets Måned", "Dit skræddersyede bibliotek", "Nyt på hylderne", "Årets bøger: Bogsalon", "Sprogfitness",
            "Relationsbaseret værtskab", "Samarbejde med Ungdomsskolen",
        ])
        let partners = Set(library.initiatives.flatMap(\.partners))
        for partner in ["Aktivitetscenteret", "Alle folkebiblioteker", "AOF", "Borgerservice", "Byhistorisk Hus", "CSV",
                        "Center for Miljø & Teknik", "Fritidscenteret", "Glostrup Ejendomme", "Glostrup bio", "Kirkerne I Glostrup",
                        "Kunstforeningen", "Musikskolen", "Psyk. Center Glostrup", "Røde Kors", "Skolerne i Glostrup",
                        "Sundhedsplejen", "Svømmehallen", "Ungdomsskolen", "Varmeværket"] {
            XCTAssertTrue(partners.contains(partner), "\(partner) is not a partner")
        }
        let figures = Set(library.goals.flatMap(\.measures).map(\.current))
        XCTAssertEqual(figures, [49_796, 63_986, 8_232, 190_044, 72_239, 37_461], "the six figures of \"Vidste du?\"")
        XCTAssertFalse(library.goals.contains { $0.owner == "Helle Ratz" }, "the signatory is not made the owner of goals")
        // "Vi prioriterer arrangementer med fokus på klima og bæredygtighed mindst én gang i kvartalet."
        XCTAssertEqual(library.goals.filter { $0.priority != nil }.map(\.id), ["g1.3"])
    }

    /// The plan says every month, twice a month or every week: no invented summer break.
    func testGlostrupRhythmsRunThroughTheSummerAndTheYear() throws {
        let index = LibraryIndex(try sample("glostrup"))
        func count(_ prefix: String, _ from: String, _ to: String) -> Int {
            let range = DayRange(Day(iso: from)!, Day(iso: to)!)
            return index.occurrences(in: range).filter { index.event(of: $0).title.hasPrefix(prefix) }.count
        }
        for year in ["2026", "2027"] {
            XCTAssertEqual(count("Repair café", "\(year)-07-01", "\(year)-07-31"), 1, "Repair café in July \(year)")
            XCTAssertEqual(count("Fællessang", "\(year)-07-01", "\(year)-07-31"), 1, "Fællessang in July \(year)")
            XCTAssertEqual(count("Strikkecafé", "\(year)-07-01", "\(year)-07-31"), 2, "Strikkecafé in July \(year)")
            XCTAssertGreaterThan(count("Sommerferieaktiviteter", "\(year)-06-25", "\(year)-08-10"), 8, "summer \(year)")
            XCTAssertGreaterThanOrEqual(count("Forfattermøde", "\(year)-01-01", "\(year)-12-31"), 4, "Forfattermøder \(year)")
        }
    }
}
