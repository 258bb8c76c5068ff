//! Word lists: the public name lists in `assets/names/` (compiled in, parsed once) and the
//! small lists of our own that tell names from other capitalised words.

use super::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use super::Gender;
use std::sync::OnceLock;

/// The entries of a compiled-in list: one a line, `#` lines are comments.
fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// Room for a list's entries, sized once: the lists are parsed at every start, and growing a
/// table step by step was most of that time.
fn capacity(list: &str) -> usize {
    list.bytes().filter(|&b| b == b'\n').count()
}

const FIRST: &str = include_str!("../../assets/names/first.txt");
const FIRST_INTL: &str = include_str!("../../assets/names/first-intl.txt");
const LAST: &str = include_str!("../../assets/names/last.txt");
const PLACES: &str = include_str!("../../assets/names/places.txt");
const CITIES: &str = include_str!("../../assets/names/cities.txt");
const PET_NAMES: &str = include_str!("../../assets/names/pet-names.txt");

/// First names with the sex they are more often given to: the US Census 1990 list, and given
/// names of other countries (news, sport and history name people from everywhere).
pub fn first_names() -> &'static HashMap<&'static str, Gender> {
    static SET: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut map = HashMap::with_capacity_and_hasher(capacity(FIRST) + capacity(FIRST_INTL), Default::default());
        map.extend(entries(FIRST).chain(entries(FIRST_INTL)).filter_map(|l| {
            let (name, sex) = l.split_once('\t')?;
            Some((name, if sex == "F" { Gender::Female } else { Gender::Male }))
        }));
        map
    })
}

/// The given names a familiar form stands for (`lizzy` → `elizabeth`, `kitty` → `catherine`,
/// `katherine`): a novel calls one woman `Elizabeth` in the narration and `Lizzy` at home.
pub fn given_names_of(familiar: &str) -> &'static [&'static str] {
    static MAP: OnceLock<HashMap<&'static str, Box<[&'static str]>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        entries(PET_NAMES)
            .filter_map(|l| l.split_once('\t'))
            .map(|(pet, given)| (pet, given.split(' ').collect()))
            .collect()
    });
    map.get(familiar).map_or(&[], |g| g)
}

/// The familiar forms of a given name (`elizabeth` → `eliza`, `lizzy`, `bess`, …).
pub fn familiar_forms_of(given: &str) -> &'static [&'static str] {
    static MAP: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
        for (pet, names) in entries(PET_NAMES).filter_map(|l| l.split_once('\t')) {
            for name in names.split(' ') {
                map.entry(name).or_default().push(pet);
            }
        }
        map
    });
    map.get(given).map_or(&[], Vec::as_slice)
}

/// Whether two given names can be one person's: the same, or one a familiar form of the other
/// (`bill`, `william`).
pub fn same_given_name(a: &str, b: &str) -> bool {
    a == b || given_names_of(a).contains(&b) || given_names_of(b).contains(&a)
}

/// The most frequent surnames (US Census 1990).
pub fn surnames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::with_capacity_and_hasher(capacity(LAST), Default::default());
        set.extend(entries(LAST));
        set
    })
}

fn set(
    words: &'static [&'static str],
    cell: &'static OnceLock<HashSet<&'static str>>,
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| {
        let mut set = HashSet::with_capacity_and_hasher(words.len(), Default::default());
        set.extend(words.iter().copied());
        set
    })
}

/// Countries, states, regions and cities: a list of our own, and the GeoNames cities of
/// 100,000 people or more, countries and US states whose names are nobody's given name or
/// surname in the census lists (those, like "Irving" or "Kennedy", stay possible people).
pub fn place(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::with_capacity_and_hasher(capacity(PLACES) + capacity(CITIES), Default::default());
        set.extend(entries(PLACES));
        set.extend(entries(CITIES).filter(|c| !first_names().contains_key(c) && !surnames().contains(c)));
        set
    })
    .contains(word)
}

/// A word in lower case. Words are looked up in lower case millions of times in a book: a short
/// word is lowered on the stack, without allocating, and read back as text without checking it
/// again (`ArrayString` holds text, not bytes).
pub enum Lower {
    Short(arrayvec::ArrayString<23>),
    Long(String),
}

/// `word` in lower case.
#[inline]
pub fn lower(word: &str) -> Lower {
    if word.is_ascii() {
        if let Ok(mut short) = arrayvec::ArrayString::from(word) {
            short.make_ascii_lowercase();
            return Lower::Short(short);
        }
    }
    Lower::Long(word.to_lowercase())
}

impl Lower {
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Short(s) => s,
            Lower::Long(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Titles and honorifics that stand before a name, with the sex they imply (lower case,
/// without a final period).
pub fn title(word: &str) -> Option<Gender> {
    use Gender::*;
    Some(match word {
        "mr" | "mister" | "sir" | "lord" | "king" | "prince" | "duke" | "baron" | "count" | "father" | "brother"
        | "monsieur" | "herr" | "señor" | "signor" | "uncle" | "master" | "earl" => Male,
        "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "lady" | "queen" | "princess" | "duchess"
        | "baroness" | "countess" | "sister" | "mother" | "dame" | "frau" | "señora" | "signora"
        | "mlle" | "mademoiselle" | "aunt" => Female,
        "dr" | "doctor" | "prof" | "professor" | "president" | "senator" | "sen" | "rep"
        | "representative" | "congressman" | "congresswoman" | "governor" | "gov" | "mayor" | "judge"
        | "justice" | "chancellor" | "minister" | "premier" | "secretary" | "ambassador" | "general"
        | "gen" | "colonel" | "col" | "major" | "maj" | "captain" | "capt" | "lieutenant" | "lt"
        | "sergeant" | "sgt" | "corporal" | "private" | "admiral" | "commander" | "officer" | "detective"
        | "inspector" | "constable" | "agent" | "reverend" | "rev" | "bishop" | "archbishop" | "cardinal"
        | "pope" | "rabbi" | "imam" | "sheikh" | "pastor" | "deacon" | "chief" | "coach"
        | "emperor" | "empress" | "sultan" | "chairman" | "chairwoman" | "ceo" | "nurse" | "pvt"
        // Religious honorifics of many traditions.
        | "abba" | "apa" | "friar" | "mahatma" | "swami" | "guru" | "lama" | "ayatollah"
        | "mullah" | "pandit" | "sri" | "shri" => Unknown,
        // "Major-General", "Lieutenant-Colonel": the last part tells.
        _ => return word.split_once('-').filter(|(a, _)| title(a).is_some()).and_then(|(_, b)| title(b)),
    })
}

/// Titles in the plural, which stand before a list of names ("Senators Ames and Ortiz").
pub fn plural_title(word: &str) -> bool {
    matches!(
        word,
        "senators"
            | "representatives"
            | "reps"
            | "presidents"
            | "generals"
            | "drs"
            | "doctors"
            | "professors"
            | "profs"
            | "governors"
            | "judges"
            | "justices"
            | "ministers"
            | "messrs"
            | "mesdames"
            | "captains"
            | "mayors"
            | "congressmen"
            | "congresswomen"
            | "commissioners"
            | "mmes"
            | "sens"
            | "gens"
            | "govs"
    )
}

/// Titles of courtesy, which stand before names only ("Mrs.", "Dr.", "Sir"), unlike ranks
/// that are common words too ("General", "Chief", "Master").
pub fn courtesy_title(word: &str) -> bool {
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mister"
            | "dr"
            | "sir"
            | "lady"
            | "lord"
            | "madam"
            | "madame"
            | "mme"
            | "mlle"
            | "mademoiselle"
            | "monsieur"
            | "herr"
            | "frau"
            | "señor"
            | "señora"
            | "signor"
            | "signora"
            | "dame"
            | "reverend"
            | "rev"
    )
}

/// Honorifics that stand for a person after a possessive ("her Ladyship", "your Grace"):
/// forms of address, not names ("Grace" alone may well be one).
pub fn honorific(word: &str) -> bool {
    matches!(
        word,
        "ladyship"
            | "lordship"
            | "majesty"
            | "highness"
            | "excellency"
            | "grace"
            | "honour"
            | "honor"
            | "worship"
            | "eminence"
            | "holiness"
            | "reverence"
            | "royal"
    )
}

/// Capitalised words that are not names: function words that start sentences, months, days,
/// and words that begin titles of things.
pub fn not_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(NOT_NAMES, &SET).contains(word) || contraction(word)
}

/// Whether a word is a contraction (`What'll`, `Can’t`, `They're`), which no name is (`O'Neil`
/// and `D'Arcy` have their apostrophe early; `Sa'd` ends like `I'd`, which the list holds).
fn contraction(word: &str) -> bool {
    ["'ll", "'re", "'ve", "'m", "n't", "’ll", "’re", "’ve", "’m", "n’t"].iter().any(|c| word.ends_with(c))
}

const NOT_NAMES: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those",
    "there", "here", "where", "when", "while", "why", "how", "what", "which", "who", "whom", "whose", "i", "me", "my",
    "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
    "they", "them", "their", "theirs", "one", "ones", "in", "on", "at", "by", "for", "from", "of", "to", "with",
    "without", "into", "onto", "upon", "about", "above", "after", "before", "below", "between", "under", "over",
    "through", "during", "since", "until", "till", "against", "among", "as", "like", "unlike", "via", "per", "not",
    "no", "yes", "oh", "ah", "o", "well", "now", "just", "only", "also", "even", "still", "all", "any", "some", "each",
    "every", "both", "either", "neither", "many", "much", "more", "most", "few", "less", "other", "another", "such",
    "own", "same", "very", "too", "again", "ever", "never", "always", "often", "perhaps", "maybe", "however",
    "therefore", "thus", "hence", "indeed", "yesterday", "today", "tomorrow", "tonight", "is", "are", "was", "were",
    "be", "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "let", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    "lord's", "heaven", "hell", "mum", "mom", "dad", "mama", "papa", "sir", "madam", "ma'am", "chapter", "volume",
    "part", "book", "section", "figure", "table", "page", "introduction", "conclusion", "abstract", "summary", "note",
    "notes", "see", "new", "old", "northern", "southern", "eastern", "western", "central", "first", "second", "third",
    "last", "next", "dear", "good", "bad", "poor", "little", "great", "big", "ok", "okay", "hello", "hi", "hey", "ha",
    "hah", "aha", "ahem", "hem", "humph", "pooh", "pshaw", "alas", "hullo", "hallo", "halloa", "bah", "tut", "thanks",
    "thank", "please", "sorry", "welcome", "listen", "look", "want", "come", "go", "get", "say", "tell", "ask", "why",
    "internet", "web", "online", "email", "tv", "radio", "english", "french", "german", "spanish", "italian",
    "american", "british", "european", "african", "asian", "chinese", "japanese", "russian", "indian", "irish",
    "scottish", "welsh", "canadian", "australian", "mexican", "jewish", "christian", "muslim", "catholic",
    "protestant", "republican", "republicans", "democrat", "democrats", "democratic", "islamic", "arab", "arabic",
    "latin", "greek", "roman", "western", "professor", "doctor", "president", "minister", "king", "queen", "prince",
    "princess", "captain", "general", "senator", "governor", "mayor", "judge", "officer", "father", "mother",
    "brother", "sister", "uncle", "aunt", "lady", "lord", "miss", "mrs", "mr", "ms", "dr", "st", "saint", "highness",
    "majesty", "excellency", "honour", "honor", "royal", "st", "saint", "san", "santa", "i'd", "it's", "that's",
    "let's", "there's", "here's", "what's", "people", "using", "how", "method", "step", "part", "image", "photo",
    "file", "credit", "source", "via", "et", "al", "nobody", "somebody", "everybody", "anybody", "everyone", "someone",
    "anyone", "nothing", "something", "everything", "anything", "pray", "alas", "hush", "aye", "nay", "amen",
    // Adverbs that open sentences ("Later Okafor returned").
    "later", "meanwhile", "afterwards", "afterward", "finally", "instead", "besides", "moreover", "furthermore",
    "nevertheless", "nonetheless", "otherwise", "suddenly", "soon", "once", "recently", "currently", "eventually",
    "initially", "originally", "previously", "subsequently", "unfortunately", "fortunately", "luckily", "sadly",
    "surprisingly", "interestingly", "apparently", "obviously", "clearly", "certainly", "actually", "basically",
    "generally", "usually", "sometimes", "anyway", "overall", "together", "already", "almost", "rather", "quite",
    "presently", "immediately", "instantly", "directly", "accordingly", "consequently", "gradually", "naturally",
    "evidently", "happily", "probably", "possibly", "slowly", "quietly", "silently",
    // Conjunctions that open sentences ("Whereas Mordecai Smith left").
    "though", "although", "whereas", "unless", "whether", "whilst", "lest",
];

/// Capitalised words that end the names of organisations, places, buildings and works, and
/// their plurals unless those are surnames ("the Green and Blue Lakes", not "Laws"): a sequence
/// that holds one is not a person.
pub fn org_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = set(ORG_WORDS, &SET);
    set.contains(word)
        || word.strip_suffix('s').is_some_and(|w| w.len() > 2 && set.contains(w) && !surnames().contains(word))
}

const ORG_WORDS: &[&str] = &[
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "holdings", "bank", "university",
    "college", "school", "academy", "institute", "institution", "foundation", "society", "association", "union",
    "league", "club", "council", "committee", "commission", "department", "ministry", "agency", "bureau", "office",
    "service", "services", "court", "parliament", "congress", "senate", "assembly", "government", "party", "army",
    "navy", "force", "forces", "police", "church", "cathedral", "chapel", "temple", "mosque", "hospital", "museum",
    "gallery", "library", "theatre", "theater", "hall", "house", "palace", "castle", "tower", "bridge", "station",
    "airport", "port", "street", "st.", "road", "avenue", "ave", "lane", "drive", "boulevard", "square", "park",
    "garden", "gardens", "river", "lake", "sea", "ocean", "bay", "island", "islands", "mountain", "mountains", "mount",
    "hill", "hills", "valley", "county", "city", "town", "village", "state", "states", "province", "kingdom",
    "republic", "empire", "nation", "nations", "center", "centre", "hotel", "restaurant", "cafe", "inn", "shop",
    "store", "market", "mall", "times", "post", "news", "journal", "magazine", "review", "press", "gazette", "herald",
    "tribune", "daily", "weekly", "network", "channel", "radio", "tv", "records", "studios", "pictures", "films",
    "award", "awards", "prize", "cup", "games", "olympics", "championship", "festival", "war", "revolution", "act",
    "bill", "law", "treaty", "day", "week", "year", "age", "era", "project", "program", "programme", "system",
    "airlines", "airways", "motors", "technologies", "software", "systems", "media", "fund", "trust", "capital",
    "partners", "team", "fc", "united", "stadium", "arena", "beach", "coast", "region", "district", "province",
    "desert", "forest", "canal", "strait", "peninsula", "highway", "fair", "expo", "series", "conference",
    "convention", "summit", "show", "tour", "paralympics", "olympics", "lectures", "lecture", "symposium", "workshop",
    "commons", "wars", "corner", "end", "wells", "cross", "centre", "studio", "shop", "farm", "mill", "manor", "abbey",
    "college", "mysteries", "chronicles", "diaries", "adventures", "stories", "tales", "saga", "trilogy", "files",
    "memorial", "monument", "prize", "medal", "cathedral", "bulletin", "guide", "avenue", "way", "place", "court",
    "terrace", "crescent", "grove", "row", "close", "walk", "blvd", "rd", "hwy", "pkwy", "creek", "expressway",
    "turnpike", "freeway", "parkway", "plaza", "harbor", "harbour", "falls", "canyon", "trail", "heights", "junction",
    "resort", "zoo", "aquarium", "terminal", "declaration", "charter", "accord", "protocol", "resolution",
    "initiative", "framework", "goal", "collaboration", "consortium", "coalition", "alliance", "federation", "domain",
    "images", "photos", "photography",
];

/// Words that end the name of a street or a square ("Russell Street", "Hyde Square"): though
/// some are surnames in the census lists, after a given name they name the way, not a person.
pub fn street_after_name(word: &str) -> bool {
    matches!(word, "street" | "square" | "road" | "avenue" | "boulevard" | "terrace" | "crescent" | "parkway" | "plaza")
}

/// Lower-case words for streets that stand before the street's name, as addresses in French,
/// Spanish, Portuguese, Italian, German and Polish write them ("rue Jules Ferry", "bd Louis
/// Blanc"). Not "via": in English it is a preposition ("via Jane").
pub fn street_before_name(word: &str) -> bool {
    matches!(
        word,
        "rue"
            | "bd"
            | "blvd"
            | "boulevard"
            | "av"
            | "avenue"
            | "avenida"
            | "calle"
            | "carrer"
            | "rua"
            | "viale"
            | "piazza"
            | "piazzale"
            | "corso"
            | "largo"
            | "plaza"
            | "praça"
            | "quai"
            | "allée"
            | "chaussée"
            | "platz"
            | "strasse"
            | "straße"
            | "ulica"
            | "ul"
            | "aleja"
    )
}

/// Plural nouns for places, which introduce lists of place names ("the islands X, Y and Z",
/// "towns such as X").
pub fn plural_place_noun(word: &str) -> bool {
    matches!(
        word,
        "islands"
            | "isles"
            | "cities"
            | "towns"
            | "villages"
            | "suburbs"
            | "countries"
            | "states"
            | "regions"
            | "provinces"
            | "districts"
            | "neighbourhoods"
            | "neighborhoods"
            | "streets"
            | "avenues"
            | "roads"
            | "rivers"
            | "lakes"
            | "mountains"
            | "peaks"
            | "beaches"
            | "bays"
            | "parks"
            | "restaurants"
            | "hotels"
            | "bars"
            | "cafes"
            | "cafés"
            | "museums"
            | "churches"
            | "stations"
            | "ports"
            | "resorts"
            | "valleys"
    )
}

/// Kinds of works, which stand before a work's title ("the novel Marta", "the film Harbour").
pub fn work_noun(word: &str) -> bool {
    matches!(
        word,
        "novel"
            | "novels"
            | "film"
            | "films"
            | "movie"
            | "movies"
            | "book"
            | "album"
            | "song"
            | "single"
            | "series"
            | "sitcom"
            | "show"
            | "play"
            | "opera"
            | "musical"
            | "episode"
            | "poem"
            | "painting"
            | "sculpture"
            | "documentary"
            | "drama"
            | "comic"
            | "manga"
            | "game"
            | "novella"
            | "memoir"
            | "biopic"
            | "ballet"
    )
}

/// Verbs that report speech: "X said", "said X", "X told …".
pub fn speech_verb(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(SPEECH_VERBS, &SET).contains(word)
}

pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "asked", "asks", "ask", "replied", "replies", "reply",
    "answered", "answers", "answer", "added", "adds", "add", "continued", "continues", "cried", "cries", "exclaimed",
    "exclaims", "shouted", "shouts", "yelled", "yells", "screamed", "whispered", "whispers", "murmured", "murmurs",
    "muttered", "mutters", "called", "calls", "returned", "observed", "observes", "remarked", "remarks", "repeated",
    "repeats", "explained", "explains", "wrote", "writes", "declared", "declares", "insisted", "insists", "stated",
    "states", "announced", "announces", "noted", "notes", "argued", "argues", "claimed", "claims", "admitted",
    "admits", "suggested", "suggests", "responded", "responds", "began", "begins", "interrupted", "interposed",
    "rejoined", "retorted", "sighed", "laughed", "groaned", "sobbed", "stammered", "gasped", "snapped", "growled",
    "hissed", "roared", "cried", "pleaded", "begged", "urged", "warned", "agreed", "protested", "objected", "demanded",
    "inquired", "enquired", "queried", "went", "thought", "wondered", "concluded", "confessed", "conceded",
    "acknowledged", "recalled", "recalls", "predicted", "promised", "proposed", "reported", "reports", "tweeted",
    "posted", "commented", "comments", "affirmed", "assured", "ventured", "persisted", "pursued", "resumed",
    "exclaimed", "ejaculated", "faltered", "panted", "sneered", "smiled", "nodded", "shrugged", "grinned", "chuckled",
    "giggled", "called", "breathed", "reflected", "grumbled", "quavered", "mourned", "bawled", "howled", "echoed",
    "corrected", "moaned", "interjected", "wailed", "implored", "wheezed",
];

/// Nouns that introduce a person by role: "the actor X", "attorney X".
pub fn role_noun(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(ROLE_NOUNS, &SET).contains(word)
}

const ROLE_NOUNS: &[&str] = &[
    "actor", "actress", "singer", "writer", "author", "poet", "novelist", "artist", "painter", "director", "producer",
    "player", "star", "journalist", "reporter", "editor", "columnist", "attorney", "lawyer", "spokesman",
    "spokeswoman", "spokesperson", "leader", "founder", "ceo", "chairman", "executive", "manager", "coach", "teacher",
    "student", "scientist", "researcher", "economist", "analyst", "historian", "philosopher", "composer", "musician",
    "drummer", "guitarist", "rapper", "comedian", "host", "presenter", "candidate", "politician", "lawmaker",
    "activist", "officer", "soldier", "pilot", "doctor", "nurse", "surgeon", "physician", "engineer", "architect",
    "designer", "photographer", "chef", "entrepreneur", "businessman", "businesswoman", "billionaire", "millionaire",
    "grandma", "grandmother", "grandfather", "grandpa", "mother", "father", "son", "daughter", "wife", "husband",
    "brother", "sister", "uncle", "aunt", "cousin", "friend", "boyfriend", "girlfriend", "partner", "colleague",
    "widow", "widower", "boy", "girl", "man", "woman", "mr", "mrs", "ms", "dr", "named", "nicknamed", "dubbed",
    "pitcher", "striker", "goalkeeper", "quarterback", "defender", "midfielder", "forward", "athlete", "champion",
    "winner", "victim", "suspect", "witness", "prisoner", "inmate", "priest", "monk", "nun", "minister", "premier",
    "senator", "governor", "mayor", "judge", "secretary", "emperor", "king", "queen", "prince", "princess", "blogger",
    "youtuber", "influencer", "model", "dancer", "mentor", "advisor", "adviser", "supervisor", "assistant", "pupil",
    "disciple", "successor", "predecessor", "rival", "ally", "opponent", "co-founder", "cofounder", "owner", "chief",
    "commissioner", "director-general", "spokesmen", "poet", "playwright", "linguist", "bishop", "philanthropist",
    "magician", "cosplayer", "illustrator", "conductor", "violinist", "pianist", "laureate", "maid", "servant",
    "butler", "cook", "housekeeper", "nanny", "governess", "gardener", "landlady", "landlord", "tenant", "neighbour",
    "neighbor", "roommate", "classmate", "boss",
];

/// What only a person has, after a possessive name: kin, a life and its works ("Rask's
/// grammars", "Okoro's widow").
pub fn personal_belonging(word: &str) -> bool {
    matches!(
        word,
        "wife"
            | "husband"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "mother"
            | "father"
            | "brother"
            | "brothers"
            | "sister"
            | "sisters"
            | "parents"
            | "children"
            | "widow"
            | "widower"
            | "grandson"
            | "granddaughter"
            | "nephew"
            | "niece"
            | "cousin"
            | "fiancé"
            | "fiancée"
            | "girlfriend"
            | "boyfriend"
            | "life"
            | "death"
            | "birth"
            | "childhood"
            | "funeral"
            | "grave"
            | "career"
            | "memoir"
            | "memoirs"
            | "autobiography"
            | "biography"
            | "novel"
            | "novels"
            | "poem"
            | "poems"
            | "paintings"
            | "theory"
            | "theories"
            | "philosophy"
            | "teachings"
            | "disciples"
            | "grammars"
            | "stages"
            | "concept"
            | "estate"
            | "works"
    )
}

/// Works of art named after their maker: "Goya etchings", "Picasso sculptures".
pub fn artworks(word: &str) -> bool {
    matches!(
        word,
        "paintings"
            | "artworks"
            | "sculptures"
            | "portraits"
            | "drawings"
            | "etchings"
            | "symphonies"
            | "operas"
            | "sonatas"
    )
}

/// Names of God, which name one person wherever they stand ("Protect us, God", "God knows").
pub fn deity(word: &str) -> bool {
    matches!(word, "god" | "allah" | "yahweh" | "jehovah")
}

/// Nouns for a person that head a character's capitalised epithet ("the Quiet Man", "the
/// Old Woman"): plain words for a person, not roles, which name offices ("the Prime Minister").
pub fn person_noun(word: &str) -> bool {
    matches!(word, "man" | "woman" | "lady" | "gentleman" | "boy" | "girl" | "stranger" | "traveller" | "traveler")
}

/// Nouns for animals that people name: pets, farm animals and the commonest breeds.
pub fn animal(word: &str) -> bool {
    matches!(
        word,
        "dog"
            | "dogs"
            | "puppy"
            | "pup"
            | "cat"
            | "kitten"
            | "kitty"
            | "horse"
            | "pony"
            | "mare"
            | "stallion"
            | "foal"
            | "donkey"
            | "mule"
            | "cow"
            | "goat"
            | "pig"
            | "sheep"
            | "parrot"
            | "budgie"
            | "canary"
            | "hamster"
            | "rabbit"
            | "bunny"
            | "goldfish"
            | "tortoise"
            | "turtle"
            | "mutt"
            | "retriever"
            | "terrier"
            | "spaniel"
            | "poodle"
            | "collie"
            | "sheepdog"
            | "labrador"
            | "beagle"
            | "bulldog"
            | "dachshund"
            | "greyhound"
            | "husky"
            | "chihuahua"
            | "pug"
            | "rottweiler"
            | "tabby"
            | "pet"
    )
}

/// Pronouns that tell a person's sex.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Small words inside names: "Vincent van Gogh", "Osama bin Laden", "Simone de Beauvoir".
pub fn particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "bin"
            | "ibn"
            | "bint"
            | "al"
            | "el"
            | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "le"
            | "la"
            | "y"
            | "zu"
            | "af"
            | "ben"
    )
}

/// Given names common for both sexes, whatever sex the name list gives them (`Sydney
/// Carton`, `Jordan Baker`, `Jean Valjean`).
pub fn unisex_first_name(word: &str) -> bool {
    matches!(
        word,
        "carol" | "dale" | "gene" | "glen" | "jean" | "jordan" | "lynn" | "marion" | "pat" | "ray" | "sandy" | "sydney"
    )
}

/// First names that are also everyday words, too risky to take for a name on their own.
pub fn ambiguous_first_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(AMBIGUOUS_FIRST, &SET).contains(word)
}

const AMBIGUOUS_FIRST: &[&str] = &[
    "will", "may", "june", "april", "august", "hope", "grace", "joy", "faith", "rose", "mark", "bill", "frank", "guy",
    "sue", "pat", "don", "art", "carol", "bob", "gene", "ray", "dawn", "summer", "windy", "autumn", "spring", "winter",
    "iris", "lily", "ivy", "ruby", "pearl", "jewel", "crystal", "amber", "honey", "sunny", "rich", "chance", "major",
    "king", "prince", "earl", "baron", "christian", "china", "georgia", "virginia", "carolina", "florida", "israel",
    "jordan", "paris", "sydney", "austin", "lincoln", "washington", "chase", "hunter", "miles", "price", "lane",
    "page", "young", "long", "white", "brown", "green", "black", "gray", "grey", "love", "star", "sky", "rain",
    "storm", "river", "jean", "jack", "sandy", "rusty", "buck", "dick", "pete", "sage", "precious", "angel", "destiny",
    "harmony", "heaven", "trinity", "wade", "cliff", "dale", "glen", "rod", "sterling", "royal", "nelson", "lord",
    "duke", "king", "justice", "son", "man", "else", "tommy", "ted", "in", "an", "my", "so", "ok", "dominican", "ma",
    "pa", "mom", "lynn", "long", "see", "else", "mercy", "temperance", "patience", "prudence", "constance", "charity",
    "verity", "liberty", "early", "forest", "gay", "happy", "merry", "misty", "penny", "holly", "olive", "violet",
    "fern", "heather", "hazel", "ginger", "coral", "cherry", "candy", "brandy", "velvet", "bunny", "kitty", "lady",
    "nan", "nana", "al", "di", "sol", "jay", "van", "le", "la", "de", "du", "january", "march", "india", "asia",
    "america", "africa", "europe", "london", "berlin", "vienna", "florence", "marion", "alexandria",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowered_short_or_long_ascii_or_not() {
        assert_eq!(lower("McDonald").as_str(), "mcdonald");
        assert_eq!(lower("ÉMILE").as_str(), "émile");
        let long = "Supercalifragilisticexpialidocious";
        assert_eq!(lower(long).as_str(), long.to_lowercase());
        assert_eq!(title(&lower("Mrs")), Some(Gender::Female));
    }
}
