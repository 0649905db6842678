/// The words a generated library is made of: Danish names, rooms, activities and
/// plans in the register of the sample libraries. Fictional places and people.
enum GeneratorWords {
    static let libraryName = "Storå Bibliotekerne"
    static let municipality = "Storå Kommune"
    static let address = "Biblioteksgården 1, 4990 Storå"
    static let vision = "Bibliotekerne i Storå er borgernes hus: et åbent sted for læsning, viden og fællesskab, "
        + "hvor alle kan mødes på tværs af alder og baggrund, og hvor frivillige og ansatte sammen skaber liv i hele kommunen."

    static let branches = ["Hovedbiblioteket", "Ørnely Bibliotek", "Kærby Bibliotek", "Åløkke Bibliotek", "Bøgely Bibliotek", "Strandhøj Bibliotek"]
    static let rooms = ["Store sal", "Lille sal", "Børnebiblioteket", "Værkstedet", "Mødelokale 1", "Mødelokale 2", "Caféen",
                        "Læsesalen", "Musikrummet", "Makerspace", "Studierummet", "Udstillingsrummet", "Gården", "Ungeområdet",
                        "Fortællerummet"]

    static let groups = ["Kulturkorpset", "Lektiecaféen", "Sprogcaféen", "Repair Café-holdet", "Strikkeholdet", "Læsevennerne",
                         "IT-hjælperne", "Fortællerne", "Familieholdet", "Brætspilsklubben", "Skriveværkstedet",
                         "Lokalhistorisk gruppe", "Filmklubben", "Seniorholdet", "Haveholdet"]

    static let firstNames = ["Anne", "Mette", "Søren", "Bjørn", "Åse", "Jørgen", "Lærke", "Frederik", "Mads", "Sofie", "Ida",
                             "Emma", "Freja", "Karen", "Kirsten", "Hanne", "Lone", "Birgitte", "Ulla", "Jens", "Peter", "Lars",
                             "Niels", "Henrik", "Morten", "Thomas", "Rasmus", "Mikkel", "Asger", "Bodil", "Grete", "Inge",
                             "Jytte", "Solvej", "Aase", "Tove", "Poul", "Ole", "Knud", "Erik", "Torben", "Kåre", "Bent",
                             "Gitte", "Malene", "Signe", "Nanna", "Astrid", "Sigrid", "Oskar", "Viggo", "Aksel", "Ahmad",
                             "Fatima", "Yasmin", "Ali", "Mariam", "Omar", "Agnieszka", "Tomasz", "Liv", "Bo", "Dorthe",
                             "Bjørg", "Jørn", "Søs", "Øjvind", "Else", "Vagn", "Britta", "Kaj", "Ejnar", "Lise"]

    static let lastNames = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
                            "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Søndergaard", "Højgaard", "Kjær",
                            "Bæk", "Lund", "Holm", "Dahl", "Skov", "Brødsgaard", "Frølund", "Nørgaard", "Kjærgaard",
                            "Damgaard", "Bøgh", "Fæster", "Winther", "Mølgaard", "Kaya", "Hussein", "Nowak", "Jønsson",
                            "Sjøgren", "Dræbye", "Ærenlund", "Hjørnholm", "Åkjær", "Grønbæk", "Lykkegård", "Bækgaard"]

    static let staffRoles = ["biblioteksleder", "kulturformidler", "børnebibliotekar", "områdeleder", "frivilligkoordinator",
                             "digital vejleder", "teamleder for borgerservice", "lokalhistoriker", "ungeformidler",
                             "kommunikationsmedarbejder"]

    static let emailDomains = ["eksempel.dk", "post.eksempel.dk", "mail.eksempel.dk"]

    static let volunteerNotes = ["", "", "", "", "Kan ikke om tirsdagen.", "Taler også arabisk.", "Har kørekort og kan køre bogbussen.",
                                 "Førstehjælpskursus 2025.", "Foretrækker formiddage.", "Har børneattest.", "Tidligere skolebibliotekar.",
                                 "Vil gerne hjælpe med nye frivillige.", "Holder pause i sommerferien.", "Taler polsk og engelsk."]

    /// A recurring activity: title, audience, the groups that staff it, its length and usual start times.
    struct Activity {
        let title: String
        let audience: Audience
        let groups: [Int]
        let minutes: Int
        let starts: [Int]
        let roles: [String]
        let description: String
    }

    static func at(_ hour: Int, _ minute: Int = 0) -> Int { hour * 60 + minute }

    static let activities: [Activity] = [
        Activity(title: "Lektiecafé", audience: .youth, groups: [1], minutes: 120, starts: [at(15), at(15, 30), at(16)],
                 roles: ["Lektiehjælper", "Lektiehjælper", "Vært"], description: "Gratis hjælp til lektier i dansk, matematik og engelsk for elever i 4.–10. klasse."),
        Activity(title: "Sprogcafé", audience: .adults, groups: [2], minutes: 120, starts: [at(10), at(16, 30), at(17)],
                 roles: ["Samtalepartner", "Samtalepartner", "Vært"], description: "Øv dansk i hyggelige rammer over en kop kaffe."),
        Activity(title: "Repair café", audience: .all, groups: [3], minutes: 180, starts: [at(10), at(11)],
                 roles: ["Reparatør", "Reparatør", "Vært", "Kaffe"], description: "Tag din ødelagte brødrister, cykellygte eller bukser med – frivillige hjælper dig med at reparere dem."),
        Activity(title: "Strikkecafé", audience: .adults, groups: [4], minutes: 120, starts: [at(14), at(18, 30)],
                 roles: ["Vært", "Kaffe"], description: "Strik, hækl og snak. Garn og pinde kan lånes."),
        Activity(title: "Læsekreds: Nordisk krimi", audience: .adults, groups: [5], minutes: 90, starts: [at(19)],
                 roles: ["Tovholder"], description: "Vi læser og drøfter en nordisk krimi om måneden."),
        Activity(title: "Læsekreds: Klassikere", audience: .seniors, groups: [5], minutes: 90, starts: [at(10, 30), at(14)],
                 roles: ["Tovholder"], description: "Fra Blicher til Ditlevsen: vi genlæser de danske klassikere."),
        Activity(title: "Højtlæsning for seniorer", audience: .seniors, groups: [5, 13], minutes: 60, starts: [at(10, 30), at(14)],
                 roles: ["Oplæser"], description: "Frivillige læser noveller og digte højt over en kop kaffe."),
        Activity(title: "IT-hjælp til seniorer", audience: .seniors, groups: [6, 13], minutes: 120, starts: [at(10), at(13)],
                 roles: ["IT-hjælper", "IT-hjælper", "Vært"], description: "Hjælp til telefon, tablet, e-Boks og MitID."),
        Activity(title: "Digital hjælp: MitID og borger.dk", audience: .adults, groups: [6], minutes: 120, starts: [at(10), at(14)],
                 roles: ["IT-hjælper"], description: "Personlig vejledning i de digitale selvbetjeningsløsninger."),
        Activity(title: "Fortællestund for de 3–6-årige", audience: .children, groups: [7], minutes: 45, starts: [at(9, 30), at(10), at(16, 30)],
                 roles: ["Fortæller"], description: "Eventyr og billedbøger i fortællerummet. Forældre er velkomne."),
        Activity(title: "Babysalmesang", audience: .families, groups: [8], minutes: 60, starts: [at(10)],
                 roles: ["Vært"], description: "Sang, rim og bevægelse for de 0–12 måneder gamle og deres voksne."),
        Activity(title: "Familielørdag", audience: .families, groups: [8, 0], minutes: 180, starts: [at(10)],
                 roles: ["Vært", "Værksted", "Værksted"], description: "Værksteder, højtlæsning og leg for hele familien."),
        Activity(title: "Lego-klub", audience: .children, groups: [8], minutes: 120, starts: [at(14, 30), at(15)],
                 roles: ["Hjælper"], description: "Byg, programmér og leg med LEGO Education-sæt."),
        Activity(title: "Brætspilsaften", audience: .youth, groups: [9], minutes: 180, starts: [at(18), at(19)],
                 roles: ["Spilmester", "Vært"], description: "Over 300 spil på hylderne – vi lærer dig reglerne."),
        Activity(title: "Skakklub", audience: .all, groups: [9], minutes: 150, starts: [at(18, 30)],
                 roles: ["Træner"], description: "Skak for begyndere og øvede, børn og voksne."),
        Activity(title: "Skriveværksted", audience: .adults, groups: [10], minutes: 120, starts: [at(17), at(19)],
                 roles: ["Tovholder"], description: "Skriv noveller, digte og erindringer sammen med andre."),
        Activity(title: "Slægtsforskning for begyndere", audience: .seniors, groups: [11], minutes: 120, starts: [at(10), at(19)],
                 roles: ["Vejleder", "Vejleder"], description: "Kom i gang med kirkebøger, folketællinger og Danish Family Search."),
        Activity(title: "Lokalhistorisk café", audience: .seniors, groups: [11], minutes: 90, starts: [at(14)],
                 roles: ["Vært", "Fortæller"], description: "Gamle fotos og fortællinger om Storå og omegn."),
        Activity(title: "Filmklub", audience: .adults, groups: [12], minutes: 150, starts: [at(19)],
                 roles: ["Teknik", "Vært"], description: "Europæisk film på det store lærred med en kort introduktion."),
        Activity(title: "Børnefilm", audience: .children, groups: [12, 8], minutes: 90, starts: [at(10), at(13)],
                 roles: ["Teknik", "Vært"], description: "Populære børnefilm for de 4–10-årige."),
        Activity(title: "Seniorcafé", audience: .seniors, groups: [13], minutes: 120, starts: [at(10), at(14)],
                 roles: ["Vært", "Kaffe"], description: "Kaffe, avislæsning og et lille oplæg."),
        Activity(title: "Frøbytte og havesnak", audience: .all, groups: [14], minutes: 120, starts: [at(10), at(17)],
                 roles: ["Vært"], description: "Byt frø og stiklinger, og få gode råd til haven og altanen."),
        Activity(title: "Klimacafé", audience: .adults, groups: [14, 0], minutes: 120, starts: [at(17), at(19)],
                 roles: ["Tovholder", "Kaffe"], description: "Hvad kan vi selv gøre? Samtaler om klima og grøn omstilling i hverdagen."),
        Activity(title: "Kor for alle", audience: .all, groups: [0], minutes: 120, starts: [at(19)],
                 roles: ["Vært"], description: "Vi synger fra Højskolesangbogen og nyere danske sange. Ingen forudsætninger."),
        Activity(title: "Musikcafé", audience: .all, groups: [0], minutes: 120, starts: [at(15), at(20)],
                 roles: ["Teknik", "Vært"], description: "Lokale musikere spiller akustisk i caféen."),
        Activity(title: "Syværksted", audience: .adults, groups: [3, 4], minutes: 150, starts: [at(17)],
                 roles: ["Vejleder", "Vejleder"], description: "Symaskiner, lapper og hjælp til at reparere tøj."),
        Activity(title: "Makerspace: 3D-print og laserskærer", audience: .youth, groups: [6], minutes: 120, starts: [at(15, 30)],
                 roles: ["Instruktør"], description: "Lær at tegne og printe dine egne figurer."),
        Activity(title: "Ungeaften", audience: .youth, groups: [0, 9], minutes: 180, starts: [at(18)],
                 roles: ["Vært", "Vært"], description: "Gaming, musik og pizza i ungeområdet for de 13–17-årige."),
        Activity(title: "Rollespil for unge", audience: .youth, groups: [9], minutes: 180, starts: [at(16)],
                 roles: ["Spilleder"], description: "Dungeons & Dragons og danske rollespil for begyndere."),
        Activity(title: "Morgenyoga", audience: .adults, groups: [], minutes: 60, starts: [at(8), at(17, 30)],
                 roles: [], description: "Blid yoga før åbningstid. Medbring måtte."),
        Activity(title: "Meditation og mindfulness", audience: .adults, groups: [], minutes: 60, starts: [at(17, 30)],
                 roles: [], description: "Guidet meditation ved en uddannet instruktør."),
    ]

    /// One-off arrangements: a kind and its subjects.
    struct OneOff {
        let prefix: String
        let subjects: [String]
        let audience: Audience
        let groups: [Int]
        let minutes: [Int]
        let starts: [Int]
        let roles: [String]
        let capacity: [Int]
    }

    static let oneOffs: [OneOff] = [
        OneOff(prefix: "Forfatteraften", subjects: [], audience: .adults, groups: [0], minutes: [90, 120], starts: [at(19), at(19, 30)],
               roles: ["Vært", "Billetter"], capacity: [60, 80, 120]),
        OneOff(prefix: "Foredrag", subjects: ["Kunstig intelligens i hverdagen", "Danmarks fugle", "Kosten og klimaet", "Demens – hvad gør vi?",
                                              "H.C. Andersens rejser", "Vikingetiden ved Storå", "Søvn og sundhed", "Pension for begyndere",
                                              "Verdensmålene lokalt", "Grønlands historie", "Byens gamle huse", "Kierkegaard for alle",
                                              "Ensomhed og fællesskab", "Tøjets klimaaftryk", "Sådan spotter du falske nyheder"],
               audience: .adults, groups: [0], minutes: [90, 120], starts: [at(19), at(17)], roles: ["Vært"], capacity: [50, 80, 100]),
        OneOff(prefix: "Koncert", subjects: ["Strygekvartet fra Musikskolen", "Ørnely Big Band", "Duo Skov & Sø", "Kvindekoret Kærby",
                                             "Jazztrioen Blå Time", "Folkemusik fra Fanø", "Åløkke Brass", "Sange fra 70'erne"],
               audience: .all, groups: [0], minutes: [90], starts: [at(19, 30), at(20)], roles: ["Vært", "Teknik", "Billetter"], capacity: [80, 120, 150]),
        OneOff(prefix: "Debatmøde", subjects: ["Kommunalvalget", "Byens nye bydel", "Skærmtid for børn", "Ensomhed blandt unge",
                                               "Biblioteket om ti år", "Grøn omstilling i kommunen", "Trafikken i midtbyen"],
               audience: .adults, groups: [0], minutes: [120], starts: [at(19)], roles: ["Vært", "Mikrofon"], capacity: [100, 150]),
        OneOff(prefix: "Workshop", subjects: ["Bogbinding", "Linoleumstryk", "Kalligrafi", "Papirklip", "Sy en mulepose",
                                              "Lav din egen podcast", "Kom i gang med 3D-print", "Reparér din cykel", "Fotografér med mobilen"],
               audience: .all, groups: [3, 6], minutes: [120, 150], starts: [at(10), at(13)], roles: ["Instruktør", "Hjælper"], capacity: [12, 16, 20]),
        OneOff(prefix: "Børneteater", subjects: ["Den lille larve Ædedolk", "Rasmus Klump på eventyr", "Snedronningen", "Cirkeline og venner",
                                                 "Prinsessen på ærten", "Den grimme ælling"],
               audience: .children, groups: [8], minutes: [45, 60], starts: [at(10), at(10, 30)], roles: ["Vært"], capacity: [40, 60, 80]),
        OneOff(prefix: "Udstillingsåbning", subjects: ["Lokale kunstnere", "Fotografier fra 1950'erne", "Børnenes tegninger",
                                                       "Verdensmål i billeder", "Havnen gennem tiden"],
               audience: .all, groups: [11, 0], minutes: [120], starts: [at(16)], roles: ["Vært", "Kaffe"], capacity: []),
        OneOff(prefix: "Bogudsalg", subjects: ["Kasserede bøger og film", "Børnebøger", "Lydbøger og musik"],
               audience: .all, groups: [0, 13], minutes: [240], starts: [at(10)], roles: ["Kasse", "Oprydning"], capacity: []),
    ]

    static let seasonal: [(month: Int, title: String, audience: Audience)] = [
        (12, "Juleklip i børnebiblioteket", .children), (10, "Halloween-værksted", .children), (2, "Vinterferieværksted", .children),
        (6, "Sommerbogen: skudstart", .children), (2, "Fastelavn i biblioteket", .families), (12, "Julekoncert med skolekoret", .all),
        (4, "Påskeværksted", .families), (11, "Bogens dag: lokale forfattere", .adults),
    ]

    static let themes = ["Litteratur, viden og fællesskaber", "Børn og unges læselyst", "Digital dannelse for alle",
                         "Biblioteket som borgernes hus", "Bæredygtighed og verdensmål", "Demokrati og medborgerskab",
                         "Kultur i hele kommunen", "Sundhed og trivsel", "Læring hele livet", "Frivillighed og partnerskaber",
                         "Tilgængelighed og åbningstider", "Lokalhistorie og kulturarv", "Sprog og integration",
                         "Ældre og fællesskab", "Kreativitet og skaberkraft", "Musik og scenekunst", "Erhverv og iværksættere",
                         "Natur og friluftsliv"]

    static let verbs = ["Styrke", "Udvikle", "Udbrede", "Fastholde", "Etablere", "Øge", "Synliggøre", "Understøtte", "Forny", "Samle"]

    static let objects = ["læselysten hos børn i indskolingen", "tilbuddene til unge mellem 13 og 18 år", "samarbejdet med folkeskolerne",
                          "de digitale kompetencer hos ældre borgere", "biblioteket som mødested i lokalområdet",
                          "formidlingen af skønlitteratur", "arrangementerne for småbørnsfamilier", "de frivilliges rolle i hverdagen",
                          "åbningstiderne i filialerne", "kendskabet til bibliotekets e-ressourcer",
                          "tilbuddene til borgere med dansk som andetsprog", "den grønne omstilling i bygningerne",
                          "den lokalhistoriske formidling", "læsekredse og litteraturcaféer", "makerspace og værksteder",
                          "samarbejdet med foreningslivet", "tilbuddene til jobsøgende", "borgerservice i biblioteket",
                          "debatmøder og borgerinddragelse", "genbrug og deleøkonomi"]

    static let measurables = ["læseklubber", "lektiecaféen", "sprogcaféen", "IT-hjælpen", "fortællestunder", "Repair café",
                              "læsekredse", "brætspilsaftener", "skriveværksteder", "bogbussen", "Sommerbogen", "forfatterbesøg"]

    static let partners = ["Folkeskolerne", "Ældresagen", "Røde Kors", "Sundhedshuset", "Musikskolen", "Kulturhuset", "Ungdomsskolen",
                           "Jobcentret", "Dansk Flygtningehjælp", "Lokalhistorisk Arkiv", "FOF", "AOF", "Daginstitutionerne",
                           "Plejecentrene", "Boligforeningen Ørnely", "Storå Idrætsforening", "Naturskolen", "Erhvervsrådet",
                           "Frivilligcentret", "Kommunens klimateam"]

    static let funding = ["Driftsbudget", "Slots- og Kulturstyrelsens udviklingspulje", "Nordea-fonden", "Kommunens kulturpulje",
                          "Egen ramme", "Statens Kunstfond", "Puljen til mindre biblioteksprojekter", "Velux Fonden", ""]

    static let initiativeNotes = ["", "Evalueres med deltagertal og en kort spørgeskemaundersøgelse.",
                                  "Kræver aftale med skolernes pædagogiske læringscentre.", "Frivillige står for den daglige drift.",
                                  "Afventer svar på fondsansøgning.", "Markedsføres via kommunens nyhedsbrev og sociale medier.",
                                  "Køres først som forsøg i én filial."]

    static let initiativeActivities = ["Lektiecafé", "Sprogcafé", "Læsekreds", "Repair café", "Strikkecafé", "Fortællestund", "IT-café",
                                       "Brætspilsaften", "Skriveværksted", "Filmklub", "Forfatterbesøg", "Sommerbogen", "Læsehunde",
                                       "Digital hjælp", "Lokalhistorisk byvandring", "Koncertrække", "Babysalmesang", "Familielørdag",
                                       "Debatcafé", "Klimacafé", "Frøbibliotek", "Makerspace", "Podcastværksted", "Slægtsforskning",
                                       "Kreativt værksted"]

    static let initiativePlaces = ["i Ørnely", "på plejecentrene", "for nye danskere", "for unge", "på skolerne", "i bogbussen",
                                   "i Store sal", "for seniorer", "for hele familien", "i sommerferien", "i Åløkke",
                                   "på havnen", "i kulturhuset", "med Ældresagen", "med Røde Kors"]
}

extension String {
    /// The name as it could stand in an email address: `Søren Ærenlund` → `soeren.aerenlund`.
    var emailLocalPart: String {
        var result = ""
        for character in lowercased() {
            switch character {
            case "æ": result += "ae"
            case "ø": result += "oe"
            case "å": result += "aa"
            case "é", "è": result += "e"
            case " ": result += "."
            default:
                if character.isASCII, character.isLetter || character.isNumber || character == "-" { result.append(character) }
            }
        }
        return result
    }
}
