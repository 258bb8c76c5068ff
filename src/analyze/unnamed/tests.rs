use super::*;
use crate::analyze::quotes;

fn found(text: &str, people: &[Person]) -> Vec<Person> {
    let spans = quotes::find(text);
    find(text, &spans, &speeches(text, &spans), people)
}

fn names(text: &str) -> Vec<String> {
    found(text, &[]).into_iter().map(|p| p.name).collect()
}

fn named(text: &str, name: &str) -> Person {
    let mentions = text.match_indices(name).map(|(i, m)| i..i + m.len()).collect();
    Person { name: name.into(), aliases: vec![], mentions, gender: Gender::Male, age: None }
}

#[test]
fn a_porter_brought_in_by_an_indefinite_article_is_a_character() {
    let t = "A stout porter came up to the carriage. He tipped his cap.\n\n“Luggage, sir?” said the porter.\n\n“No,” said Tom Reed.";
    let people = found(t, &[]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "the porter");
    assert_eq!(people[0].gender, Gender::Male, "his cap");
    let mentions: Vec<&str> = people[0].mentions.iter().map(|m| &t[m.clone()]).collect();
    assert_eq!(mentions, ["A stout porter", "the porter"]);
}

#[test]
fn a_description_never_introduced_is_left_to_resolution() {
    let t = "Tom Reed reached the carriage.\n\n“Luggage, sir?” said the porter.\n\n“No,” said Tom Reed.";
    assert!(names(t).is_empty());
}

#[test]
fn a_predicate_introduces_nobody() {
    let t = "Tom Reed was a porter once.\n\n“Luggage, sir?” said the porter.";
    assert!(names(t).is_empty());
}

#[test]
fn a_name_attached_to_the_introduction_makes_it_a_named_person() {
    let t = "A porter named Jim Hale came up.\n\n“Luggage, sir?” said the porter.";
    assert!(found(t, &[named(t, "Jim Hale")]).is_empty());
}

#[test]
fn a_name_in_apposition_makes_it_a_named_person() {
    let t = "A porter came up to the carriage with a trolley. Jim Hale, the porter, tipped his cap.\n\n“Luggage, sir?” said the porter.";
    assert!(found(t, &[named(t, "Jim Hale")]).is_empty());
    let t = "A porter came up to the carriage with a trolley. Then the porter, Jim Hale, tipped his cap.\n\n“Luggage, sir?” said the porter.";
    assert!(found(t, &[named(t, "Jim Hale")]).is_empty());
}

#[test]
fn a_name_the_dialogue_gives_the_newcomer_makes_it_a_named_person() {
    let t = "A warder came in.\n\n“Good day, Mr. Oakes.”\n\n“Quiet, now,” said the warder.";
    assert!(found(t, &[named(t, "Mr. Oakes")]).is_empty());
    let t = "A warder came in.\n\n“Quiet, Mr. Oakes,” said the warder.";
    assert_eq!(found(t, &[named(t, "Mr. Oakes")]).len(), 1, "the speech names whom it speaks to");
}

#[test]
fn a_plain_word_for_a_person_is_no_character() {
    let t = "A tall man came up.\n\n“Luggage, sir?” said the man.";
    assert!(names(t).is_empty());
}

#[test]
fn a_thing_is_no_character() {
    let t = "A face showed at the window.\n\n“Who is there?” said the face.";
    assert!(names(t).is_empty());
}

#[test]
fn ordinals_tell_two_characters_of_one_role_apart() {
    let t =
        "A first warder and a second warder came in.\n\n“Up,” said the first warder.\n\n“Now,” said the second warder.";
    assert_eq!(names(t), ["the first warder", "the second warder"]);
    // No introduction is needed: the ordinal alone says there are several nobody names.
    let t = "Ann Lee ran to the gate.\n\n“Stop there!” said the first policeman.\n\n“Who is she?” said the second policeman.";
    let people = found(t, &[named(t, "Ann Lee")]);
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["the first policeman", "the second policeman"]);
}

#[test]
fn other_forms_of_the_description_are_aliases() {
    let t = "A ferryman sat by the oars.\n\n“Fare,” said the grim ferryman.\n\n“Here,” said Ann.\n\n“Good,” the ferryman said.";
    let people = found(t, &[]);
    assert_eq!(people[0].name, "the ferryman");
    assert_eq!(people[0].aliases, ["the grim ferryman"]);
}

#[test]
fn mentions_end_on_a_character_boundary() {
    let t = format!("A porter came up.\n\n“Luggage?” said the porter.{}", "é".repeat(MENTION_TAIL_BYTES));
    assert_eq!(names(&t), ["the porter"]);
}

#[test]
fn a_stranger_told_of_before_speaking_needs_no_introduction() {
    let t = "The stranger sat by the fire all evening. Ruth Vance brought him tea.\n\n“Thank you,” said the stranger.\n\n“Is there anything else?” said Ruth.";
    assert_eq!(names(t), ["the stranger"]);
    // Called so only by the attribution of their own words: someone the text knows, seen anew.
    let t = "Ruth Vance came in.\n\n“Who are you?” asked the old woman.\n\n“Ruth,” said the young visitor.";
    assert!(names(t).is_empty());
}

#[test]
fn a_plain_word_with_a_phrase_is_a_character_mentioned_across_lines() {
    let t = "A gentleman in a green cloak waited by the gate.\n\n“Who goes there?” said the gentleman in the green\ncloak.\n\n“Only me,” said Tom Reed.";
    let people = found(t, &[]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "the gentleman in the green cloak");
    assert_eq!(people[0].gender, Gender::Male);
    let mentions: Vec<&str> = people[0].mentions.iter().map(|m| &t[m.clone()]).collect();
    assert_eq!(mentions, ["A gentleman in a green cloak", "the gentleman in the green\ncloak"]);
}

#[test]
fn a_phrase_with_the_needs_no_introduction() {
    let t = "Tom Reed pushed open the door of the inn.\n\n“Sit down,” said the old woman with the red shawl.\n\n“Thanks,” said Tom Reed.";
    let people = found(t, &[]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "the woman with the red shawl");
    assert_eq!(people[0].aliases, ["the old woman with the red shawl"]);
    assert_eq!(people[0].gender, Gender::Female);
}

#[test]
fn a_phrase_that_tells_how_the_words_are_said_is_no_character() {
    let t =
        "A man in a hurry came in.\n\n“Move,” said the man in a hurry.\n\n“Hush,” said the girl with the same calm.";
    assert!(names(t).is_empty());
}

#[test]
fn a_phrase_whose_noun_is_unclear_is_not_read() {
    let t = "“Stop,” said the man in the big old grey coat.\n\n“Why?” said the boy with the bunch of keys.";
    assert!(names(t).is_empty());
}

#[test]
fn a_phrase_shortened_later_is_the_same_character() {
    let t =
        "“Halt,” said the man with the grey hat.\n\n“Why?” said Ann Ward.\n\n“Because,” said the man with the\nhat.";
    let people = found(t, &[]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "the man with the grey hat");
    assert_eq!(people[0].aliases, ["the man with the hat"]);
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn a_stranger_told_of_long_before_is_not_someone_the_story_named_since() {
    let filler = "The snow fell on the roofs of the village and on the road beyond it. ".repeat(60);
    let t = format!("The stranger came early in the winter.\n\n“Come in, Ann,” said Tom Reed.\n\n{filler}\n\n“Thank you,” said the stranger.");
    let people = [named(&t, "Ann"), named(&t, "Tom Reed")];
    let found: Vec<String> = found(&t, &people).into_iter().map(|p| p.name).collect();
    assert_eq!(found, ["the stranger"]);
}

#[test]
fn a_role_that_opens_a_sentence_before_it_speaks_is_a_character() {
    let t = "Tom Reed went into the bar. The barman leant on the counter.\n\n“What'll it be?” said the barman.";
    assert_eq!(names(t), ["the barman"]);
    // Told of first inside a sentence, it may be someone seen before; and a title mostly
    // stands for someone named with it.
    let t = "Tom Reed nodded to the barman.\n\n“What'll it be?” said the barman.";
    assert!(names(t).is_empty());
    let t = "Tom Reed went in. The doctor was there.\n\n“Sit down,” said the doctor.";
    assert!(names(t).is_empty());
    // Nor with a name attached.
    let t = "The spokesman for the ministry, Ali Reza, met reporters.\n\n“We are ready,” said the spokesman.";
    assert!(found(t, &[named(t, "Ali Reza")]).is_empty());
    let t = "The gardener was a tall man named Abel Gray.\n\n“The roses are done,” said the gardener.";
    assert!(found(t, &[named(t, "Abel Gray")]).is_empty());
}

#[test]
fn a_role_that_speaks_twice_is_a_character_though_never_introduced() {
    // A chapter may open in the middle of its scene: nobody brings the turnkey in.
    let t = "They went down a passage, and the turnkey knocked at a door.\n\n“In here, sir,” said the turnkey.\n\n\
             “Thank you,” said Tom Reed.\n\n“Mind the step,” said the turnkey.";
    assert_eq!(found(t, &[named(t, "Tom Reed")]).into_iter().map(|p| p.name).collect::<Vec<_>>(), ["the turnkey"]);
    // A quote before that only tells of someone by name calls nobody.
    let told = t.replace("“Thank you,” said Tom Reed.", "“Is Ned Hale here?” said Tom Reed.");
    assert_eq!(found(&told, &[named(&told, "Tom Reed"), named(&told, "Ned Hale")]).len(), 1);
    // Once is not enough: it may be someone named, seen from outside.
    let once = "They went down a passage.\n\n“In here, sir,” said the turnkey.\n\n“Thank you,” said Tom Reed.";
    assert!(found(once, &[named(once, "Tom Reed")]).is_empty());
}

#[test]
fn a_role_the_text_ties_to_a_name_is_no_character_of_its_own() {
    let speeches = "\n\n“Cold night, Mrs. Pell?” said Tom Reed.\n\n“Very cold,” said the matron.\n\n\
                    “Shut the door,” said the matron.";
    // Answering a quote that names someone.
    let t = format!("They sat by the fire.{speeches}");
    assert!(found(&t, &[named(&t, "Tom Reed"), named(&t, "Mrs. Pell")]).is_empty());
    // In apposition with a name, with a word between.
    let t = "Tom Reed met Mr. Pye, the parish undertaker, at the gate.\n\n“Fine weather,” said the undertaker.\n\n\
             “It is,” said Tom Reed.\n\n“Good day,” said the undertaker.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Mr. Pye")]).is_empty());
    // Answered by a turn that calls it by name.
    let t = "Old Jacob Stiles kept the gate.\n\n“Who's there?” said the watchman.\n\n\
             “Only me, Mr. Stiles,” said Tom Reed. “Father sent me.”\n\n“Go on, then,” said the watchman.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Stiles")]).is_empty());
    let t = "Old Jacob Stiles kept the gate.\n\n“Halt!” said the watchman.\n\n“Who's there?” said the watchman.\n\n\
             “Only me, Mr. Stiles,” said Tom Reed.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Stiles")]).is_empty());
    // Named so by the narration, or in apposition after a possessive.
    let t = "The turnkey was a fat man called Bartle.\n\n“In here,” said the turnkey.\n\n\
             “Thanks,” said Tom Reed.\n\n“Mind the step,” said the turnkey.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Bartle")]).is_empty());
    let called_out = t.replace("was a fat man called Bartle", "called out to us");
    assert_eq!(found(&called_out, &[named(&called_out, "Tom Reed")]).len(), 1, "`called out` names nobody");
    let t = "We had Hannah Beck, our cook, for years.\n\n“Tea?” said the cook.\n\n“Please,” said Tom Reed.\n\n\
             “Sugar?” said the cook.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Hannah Beck")]).is_empty());
    // A word for a doctor, with someone titled Doctor in the text.
    let t = "Doctor Lind came in.\n\n“Let me see him,” said the surgeon.\n\n“Is it bad?” said Tom Reed.\n\n\
             “No,” said the surgeon.";
    assert!(found(t, &[named(t, "Tom Reed"), named(t, "Lind")]).is_empty());
}

#[test]
fn the_named_house_after_a_description_is_one_of_its_forms() {
    let t = "A landlord stood behind the bar.\n\n“Any news?” asked Tom Reed.\n\n“None,” replied the landlord of the Three Cripples, wiping a glass.\n\n“Pity,” said Tom Reed.\n\n“Nor will there be,” said the landlord.";
    let people = found(t, &[named(t, "Tom Reed")]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "the landlord");
    assert!(people[0].aliases.contains(&"the landlord of the Three Cripples".to_string()), "{:?}", people[0].aliases);
}

#[test]
fn a_person_or_a_title_after_of_is_no_place() {
    let t = "A landlord stood behind the bar.\n\n“Any news?” asked Tom Reed.\n\n“None,” replied the landlord of the Duke, wiping a glass.\n\n“Pity,” said Tom Reed.\n\n“Nor will there be,” said the landlord of Tom.";
    let people = found(t, &[named(t, "Tom Reed")]);
    assert_eq!(people.len(), 1);
    assert!(people[0].aliases.iter().all(|a| !a.contains(" of ")), "{:?}", people[0].aliases);
}

#[test]
fn the_pronouns_of_another_sentence_or_an_object_tell_no_sex() {
    let t = "A surgeon sat by the fire, warming his hands.\n\n“Let me see the child,” said the mother.\n\nThe surgeon put it in her arms. She kissed it and fell back.\n\n“It's over,” said the surgeon.\n\nThe surgeon took the child from her. She did not stir.\n\n“Poor thing,” said the surgeon.";
    let people = found(t, &[]);
    let surgeon = people.iter().find(|p| p.name == "the surgeon").expect("the surgeon");
    assert_eq!(surgeon.gender, Gender::Male, "his hands; her and she are the mother's");
}

#[test]
fn a_he_opening_the_next_sentence_tells_the_sex() {
    let t = "A surgeon came in. He looked tired.\n\n“Sit down,” said Tom Reed.\n\n“No time,” said the surgeon.\n\n“Then go,” said Tom Reed.\n\n“I will,” said the surgeon.";
    let people = found(t, &[named(t, "Tom Reed")]);
    assert_eq!(people.iter().find(|p| p.name == "the surgeon").map(|p| p.gender), Some(Gender::Male));
}

#[test]
fn a_she_after_a_character_told_of_again_may_be_anyones() {
    let t = "A surgeon sat by the fire.\n\n“Let me see the child,” said Martha Vance.\n\nThe surgeon put the child on the bed. She kissed it.\n\n“It's over,” said the surgeon.\n\n“Poor thing,” said the surgeon.";
    let people = found(t, &[named(t, "Martha Vance")]);
    let surgeon = people.iter().find(|p| p.name == "the surgeon").expect("the surgeon");
    assert_ne!(surgeon.gender, Gender::Female, "the She is Martha's");
}

#[test]
fn a_house_of_a_short_word_at_a_sentence_end_is_whole() {
    let t = "A landlord stood behind the bar.\n\n“Any news?” asked Tom Reed.\n\n“None,” replied the landlord of the Spotted Dog.\n\n“Pity,” said Tom Reed.\n\n“Nor will there be,” said the landlord.";
    let people = found(t, &[named(t, "Tom Reed")]);
    assert!(people[0].aliases.contains(&"the landlord of the Spotted Dog".to_string()), "{:?}", people[0].aliases);
}
