//! The message ids that name the outcome's ids: each enum gives its own, so no reader builds
//! an id out of a code (`format!("level-{}", ...)`, `replace('_', "-")`). The texts are in
//! `locales/<lang>.ftl`.

use crate::{Ground, IloElement, IloList};

impl IloElement {
    /// The message id of the element's name (`ilo-element-coercion-destination`).
    pub fn message_id(self) -> &'static str {
        match self {
            IloElement::DeceptiveRecruitment => "ilo-element-deceptive-recruitment",
            IloElement::CoerciveRecruitment => "ilo-element-coercive-recruitment",
            IloElement::VulnerabilityRecruitment => "ilo-element-vulnerability-recruitment",
            IloElement::ExploitativeConditions => "ilo-element-exploitative-conditions",
            IloElement::CoercionDestination => "ilo-element-coercion-destination",
            IloElement::VulnerabilityDestination => "ilo-element-vulnerability-destination",
        }
    }

    /// The element named by its code segment (`coercion_destination`).
    pub fn from_slug(slug: &str) -> Option<IloElement> {
        IloElement::ALL.into_iter().find(|e| e.slug() == slug)
    }
}

impl IloList {
    /// The message id of the list's name (`ilo-list-adult-labour`).
    pub fn message_id(self) -> &'static str {
        match self {
            IloList::AdultLabour => "ilo-list-adult-labour",
            IloList::AdultSexual => "ilo-list-adult-sexual",
            IloList::ChildLabour => "ilo-list-child-labour",
            IloList::ChildSexual => "ilo-list-child-sexual",
        }
    }

    /// The list named by its code (`adult.labour`).
    pub fn from_slug(slug: &str) -> Option<IloList> {
        IloList::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

impl Ground {
    /// Every ground, in the Convention's order.
    pub const ALL: [Ground; 5] = [
        Ground::Race,
        Ground::Religion,
        Ground::Nationality,
        Ground::SocialGroup,
        Ground::PoliticalOpinion,
    ];

    /// The snake_case id used in message arguments (`social_group`).
    pub fn as_str(self) -> &'static str {
        match self {
            Ground::Race => "race",
            Ground::Religion => "religion",
            Ground::Nationality => "nationality",
            Ground::SocialGroup => "social_group",
            Ground::PoliticalOpinion => "political_opinion",
        }
    }

    /// The message id of the ground's name (`ground-social-group`).
    pub fn message_id(self) -> &'static str {
        match self {
            Ground::Race => "ground-race",
            Ground::Religion => "ground-religion",
            Ground::Nationality => "ground-nationality",
            Ground::SocialGroup => "ground-social-group",
            Ground::PoliticalOpinion => "ground-political-opinion",
        }
    }

    /// The ground named by its id.
    pub fn from_code(code: &str) -> Option<Ground> {
        Ground::ALL.into_iter().find(|g| g.as_str() == code)
    }
}

/// How an element id of an outcome (`palermo.act`, `ilo2009.adult.labour.coercion_destination`)
/// is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementLabel {
    /// One message names it.
    Plain(&'static str),
    /// An ILO/EC element within one of the four lists (`ilo-element-in-list`).
    Ilo(IloList, IloElement),
}

/// The element ids an outcome can name outside the ILO/EC lists, with their message ids.
const PLAIN_ELEMENTS: &[(&str, &str)] = &[
    ("palermo.act", "element-palermo-act"),
    ("palermo.means", "element-palermo-means"),
    ("palermo.purpose", "element-palermo-purpose"),
    ("ilo2012.forced_labour", "element-ilo2012-forced-labour"),
    ("refugee.outside_country", "element-refugee-outside-country"),
    ("refugee.fear", "element-refugee-fear"),
    ("refugee.persecution", "element-refugee-persecution"),
    ("refugee.ground", "element-refugee-ground"),
    (
        "refugee.no_state_protection",
        "element-refugee-no-state-protection",
    ),
    ("complementary", "element-complementary"),
    ("non_refoulement", "element-non-refoulement"),
    ("statelessness", "element-statelessness"),
];

/// How the element `id` is named; `None` for an id no rule of this version produces.
pub fn element_label(id: &str) -> Option<ElementLabel> {
    if let Some(rest) = id.strip_prefix("ilo2009.") {
        let (list, element) = rest.rsplit_once('.')?;
        return Some(ElementLabel::Ilo(
            IloList::from_slug(list)?,
            IloElement::from_slug(element)?,
        ));
    }
    PLAIN_ELEMENTS
        .iter()
        .find(|(e, _)| *e == id)
        .map(|(_, m)| ElementLabel::Plain(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LOCALE_EN;

    fn defined(id: &str) -> bool {
        LOCALE_EN.lines().any(|l| l.starts_with(&format!("{id} =")))
    }

    #[test]
    fn every_label_id_has_an_english_text() {
        for (_, m) in PLAIN_ELEMENTS {
            assert!(defined(m), "{m}");
        }
        for e in IloElement::ALL {
            assert!(defined(e.message_id()), "{e:?}");
        }
        for l in IloList::ALL {
            assert!(defined(l.message_id()), "{l:?}");
        }
        for g in Ground::ALL {
            assert!(defined(g.message_id()), "{g:?}");
        }
        for r in crate::RiskCategory::ALL {
            assert!(defined(r.message_id()), "{r:?}");
        }
        for k in crate::ReferralKind::ALL {
            assert!(defined(k.message_id()), "{k:?}");
        }
        for f in crate::Flag::ALL {
            assert!(defined(f.message_id()), "{f:?}");
        }
        for l in [
            crate::Level::None,
            crate::Level::InsufficientInformation,
            crate::Level::Possible,
            crate::Level::Strong,
        ] {
            assert!(defined(l.message_id()) && defined(l.short_message_id()));
        }
    }

    #[test]
    fn element_ids_name_their_labels() {
        assert_eq!(
            element_label("palermo.act"),
            Some(ElementLabel::Plain("element-palermo-act"))
        );
        assert_eq!(
            element_label("ilo2009.adult.labour.coercion_destination"),
            Some(ElementLabel::Ilo(
                IloList::AdultLabour,
                IloElement::CoercionDestination
            ))
        );
        assert_eq!(element_label("ilo2009.adult.nothing.x"), None);
        // Every element id the rules produce is named, whatever the evidence.
        for obs in [
            crate::Observation::Present,
            crate::Observation::Absent,
            crate::Observation::Unknown,
        ] {
            let mut ev = crate::Evidence::new();
            for i in crate::catalogue() {
                ev.observe(
                    i.code,
                    obs,
                    crate::AnswerRef {
                        question_id: "q".into(),
                        answer: "yes".into(),
                        language: "en".into(),
                    },
                );
            }
            let o = crate::assess(&ev);
            for p in [
                &o.pathways.trafficking,
                &o.pathways.international_protection,
            ] {
                for e in &p.elements {
                    assert!(element_label(&e.element).is_some(), "{}", e.element);
                }
            }
        }
        assert_eq!(element_label("nothing"), None);
    }
}
