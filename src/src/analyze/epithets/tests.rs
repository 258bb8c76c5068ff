use super::*;

fn names(text: &str) -> Vec<String> {
    let quotes = crate::analyze::quotes::find(text);
    find(text, &speeches(text, &quotes), &[]).into_iter().map(|p| p.name).collect()
}

#[test]
fn a_title_or_a_word_that_is_no_name_speaks_as_a_character() {
    let text = "“Read it,” said the King.\n\n“Not yet,” the March Hare said.\n\n“Now,” said the King, and he \
                sat back.\n\n“Later,” said the March Hare.";
    let mut found = names(text);
    found.sort();
    assert_eq!(found, ["the King", "the March Hare"]);
}

#[test]
fn an_epithet_heard_once_is_no_character() {
    assert!(names("“Read it,” said the King.\n\n“No,” said Ann.").is_empty());
}

#[test]
fn a_body_or_a_thing_that_speaks_is_no_character() {
    let ministry = "“No,” said the Ministry.\n\n“None,” said the Ministry.";
    assert!(names(ministry).is_empty());
    let agency = "“No,” said the Agency, and it left.\n\n“None,” said the Agency; it was firm.";
    assert!(names(agency).is_empty());
}

#[test]
fn the_title_of_someone_named_with_it_is_left_to_them() {
    let text = "Colonel Adye came in.\n\n“Stop,” said the Colonel.\n\n“Go,” said the Colonel.";
    let quotes = crate::analyze::quotes::find(text);
    let adye = Person {
        name: "Colonel Adye".into(),
        aliases: Vec::new(),
        mentions: std::iter::once(0..12).collect(),
        gender: Gender::Male,
        age: None,
    };
    assert!(find(text, &speeches(text, &quotes), &[adye]).is_empty());
}

#[test]
fn every_mention_after_the_is_the_characters_and_its_sex_is_told() {
    let text = "The Duchess sat down.\n\n“Hush,” said the Duchess.\n\n“Go,” said the Duchess.";
    let quotes = crate::analyze::quotes::find(text);
    let found = find(text, &speeches(text, &quotes), &[]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].gender, Gender::Female);
    let spans: Vec<&str> = found[0].mentions.iter().map(|m| &text[m.clone()]).collect();
    assert_eq!(spans, ["Duchess", "Duchess", "Duchess"]);
}

#[test]
fn a_dash_or_a_letter_of_several_bytes_before_he_breaks_nothing() {
    let text = "“Hi,” said the King—he was old. Die Mühe war groß.\n\n“Ho,” said the King.";
    assert_eq!(names(text), ["the King"]);
}

#[test]
fn an_adjective_before_a_noun_is_no_epithet() {
    let text = "“They are moving,” said the French officer.\n\n“Fire,” said the French officer.";
    assert!(names(text).is_empty());
    // Words of the attribution's rest may follow the epithet.
    let text = "“Read it,” said the King to the jury.\n\n“Now,” said the King softly.";
    assert_eq!(names(text), ["the King"]);
}

#[test]
fn a_title_set_beside_a_name_is_that_persons() {
    let text = "Daniel Okafor, the country's president, opened the summit.\n\n“There is more to do,” said the \
                President.\n\n“Not today,” the President said.";
    let quotes = crate::analyze::quotes::find(text);
    let okafor = Person {
        name: "Daniel Okafor".into(),
        aliases: Vec::new(),
        mentions: std::iter::once(0..13).collect(),
        gender: Gender::Male,
        age: None,
    };
    assert!(find(text, &speeches(text, &quotes), &[okafor]).is_empty());
}

#[test]
fn a_title_written_short_is_told_from_other_titles() {
    // `Mr.` is no `Major`: the Major is someone of their own.
    let text = "Mr. Holmes came in.\n\n“Halt,” said the Major.\n\n“Go on,” said the Major.";
    let quotes = crate::analyze::quotes::find(text);
    let holmes = Person {
        name: "Mr. Holmes".into(),
        aliases: Vec::new(),
        mentions: std::iter::once(0..10).collect(),
        gender: Gender::Male,
        age: None,
    };
    let found: Vec<String> = find(text, &speeches(text, &quotes), &[holmes]).into_iter().map(|p| p.name).collect();
    assert_eq!(found, ["the Major"]);
}
