// Included by `src/model.rs` and by `build.rs` (whose matcher image names the form of every
// claim): one definition for both.

/// How an entity mention was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionForm {
    Name,
    Alias,
    Acronym,
    Demonym,
    Surname,
}
