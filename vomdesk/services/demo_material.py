"""The made-up people, places, offences and agencies the demo cases are drawn from."""

from __future__ import annotations

from dataclasses import dataclass

from vomdesk.domain.referrals import JusticeStage, OffenceCategory, OffenceLevel, SourceType

# --- made-up names and places (no real people) ------------------------------------------------
EN_MALE = (
    "Ethan", "Mason", "Tyler", "Caleb", "Logan", "Wyatt", "Dylan", "Garrett", "Colton", "Brandon",
    "Travis", "Dale", "Randall", "Curtis", "Glen", "Howard", "Neil", "Owen", "Reid", "Shane",
)  # fmt: skip
EN_FEMALE = (
    "Brianna", "Kayla", "Madison", "Hailey", "Shelby", "Courtney", "Dana", "Karen", "Lorraine",
    "Megan", "Paula", "Ruth", "Tamsin", "Wendy", "Joanne", "Gail", "Holly", "Nora", "Claire",
    "Bethany",
)  # fmt: skip
EN_SURNAMES = (
    "Caldwell", "Whitaker", "Brooks", "Holloway", "Pruitt", "Mercer", "Hadley", "Dunbar",
    "Ashford", "Kessler", "Lindqvist", "O'Connell", "McAllister", "Fairbanks", "Thornton", "Greer",
    "Pennington", "Sutter", "Rowe", "Gallagher", "Haskins", "Winslow", "Bramble", "Everett",
    "Calloway", "Yates", "Marsh", "Dalton", "Prescott", "Abernathy",
)  # fmt: skip
ES_MALE = (
    "José", "Andrés", "Joaquín", "Ramón", "Martín", "Raúl", "Héctor", "Óscar", "Tomás", "Adrián",
    "Julián", "Sebastián", "Nicolás", "Iván", "Rubén", "Álvaro", "Mateo", "Emilio", "Jesús",
    "Germán",
)  # fmt: skip
ES_FEMALE = (
    "Lucía", "Sofía", "Inés", "Belén", "Ángela", "Mónica", "Verónica", "Noemí", "Rocío",
    "Guadalupe", "Yolanda", "Dolores", "Araceli", "Itzel", "Maribel", "Ximena", "Leticia",
    "Marisol", "Consuelo", "María José",
)  # fmt: skip
ES_SURNAMES = (
    "Muñoz", "Núñez", "Ibáñez", "Peña", "Gutiérrez", "Hernández", "Martínez", "Rodríguez",
    "López", "González", "Pérez", "Sánchez", "Ramírez", "Jiménez", "Domínguez", "Vázquez",
    "Álvarez", "Ortiz", "Castañeda", "Cárdenas", "Ríos", "Campos", "Delgado", "Fuentes", "Avilés",
    "Beltrán", "Cisneros", "Echeverría", "Montaño", "Zúñiga", "Salazar", "Quiñones",
)  # fmt: skip
TOWNS = ("Millbrook", "Piñon Flats", "Cedar Hollow", "Río Seco")
STREETS = (
    "Alder Street", "Birch Lane", "Calle del Sol", "Orchard Road", "Mesa Drive", "Quail Run",
    "Old Mill Road", "Avenida Los Robles", "Sycamore Court", "Juniper Way", "Canyon View Drive",
    "Camino Real", "Larkspur Avenue", "Calle Las Flores",
)  # fmt: skip
AREA_CODES = ("530", "707", "209", "916")
# Victims' employers are confidential: none of these names is used anywhere else.
VICTIM_EMPLOYERS = (
    "Cedar Hollow Family Clinic", "Millbrook Unified School District", "Río Seco Dairy Co-op",
    "Quail Run Veterinary Hospital", "Sunny Acres Care Home", "Piñon Flats Post Office",
    "Orchard Road Dental", "Lupita's Cleaning Services",
)  # fmt: skip
OTHER_EMPLOYERS = (
    "Valley Tire & Lube", "Cedar County Public Works", "Harvest Packing Company",
    "Millbrook Motel", "Taquería El Nopal", "Green Valley Landscaping", "Hilltop Nursing Center",
)  # fmt: skip
BUSINESSES = (
    "Sunrise Market", "Valley Hardware & Feed", "Panadería La Esperanza",
    "Cedar Hollow Pharmacy", "Millbrook Sporting Goods",
)  # fmt: skip
SCHOOLS = ("Millbrook High School", "Piñon Flats Middle School", "Cedar Hollow High School")
ADVOCATE_AGENCIES = ("Harbor House Victim Services", "District Attorney Victim Witness Program")
ACCESS_NEEDS = (
    "Uses a wheelchair: ground-floor room and accessible restroom.",
    "Hard of hearing: seat near the mediator and speak clearly.",
    "Reads little: read the forms aloud before signing.",
)


@dataclass(frozen=True)
class Offence:
    description: str
    category: OffenceCategory
    level: OffenceLevel
    place: str  # {town}, {street}, {business}, {school} are filled in


_P, _PE, _O = OffenceCategory.PROPERTY, OffenceCategory.PERSON, OffenceCategory.OTHER
_MIS, _FEL, _OTH = OffenceLevel.MISDEMEANOUR, OffenceLevel.FELONY, OffenceLevel.OTHER
OFFENCES = (
    Offence("Vandalism: spray paint on a garage door and fence", _P, _MIS, "A home in {town}"),
    Offence("Criminal mischief: scratched and dented a parked car", _P, _MIS,
             "Street parking on {street}, {town}"),
    Offence("Burglary of a detached garage: tools and a bicycle taken", _P, _FEL,
             "A home in {town}"),
    Offence("Theft of a bicycle from a front yard", _P, _MIS, "{street}, {town}"),
    Offence("Vehicle theft: took a pickup truck for a joyride", _P, _FEL,
             "Driveway on {street}, {town}"),
    Offence("Arson: set fire to a storage shed", _P, _FEL, "Back yard of a home in {town}"),
    Offence("Simple assault: punched the victim after a football game", _PE, _MIS,
             "Stadium parking lot, {town}"),
    Offence("Harassment: repeated threatening text messages", _PE, _MIS,
             "By phone and social media"),
    Offence("Robbery: took a phone by force", _PE, _FEL, "Bus stop on {street}, {town}"),
    Offence("Trespassing on farm land; a gate left open and cattle got out", _O, _MIS,
             "Pasture off {street}, {town}"),
    Offence("Fireworks set off in a dry field (county ordinance)", _O, _OTH,
             "Vacant field behind {street}, {town}"),
    Offence("Reckless driving: drove through a fence and a vegetable garden", _O, _MIS,
             "{street}, {town}"),
    Offence("Disturbing the peace: loud party and bottles thrown at a neighbour's house", _O,
             _OTH, "{street}, {town}"),
)  # fmt: skip
SECOND_OFFENCES = (
    Offence("Possession of stolen property", _P, _MIS, ""),
    Offence("Trespassing", _O, _MIS, ""),
    Offence("Curfew violation", _O, _OTH, ""),
)
BUSINESS_OFFENCES = (
    Offence("Shoplifting: clothes and headphones", _P, _MIS, "{business}, sales floor"),
    Offence("Graffiti on the back wall of the store", _P, _MIS, "{business}, loading dock"),
    Offence("Burglary: broke in after hours and took cash from the register", _P, _FEL,
             "{business}"),
)  # fmt: skip
SPECIAL_OFFENCES = {
    "school": Offence("Assault: a fight in the hallway; cut lip and broken glasses", _PE, _MIS,
                       "{school}, main hallway"),
    "no_contact": Offence("Criminal threats and harassment of a neighbour", _PE, _MIS,
                           "{street}, {town}"),
    "care_serious": Offence("Assault with serious bodily injury: a broken jaw", _PE, _FEL,
                             "Outside a bar on {street}, {town}"),
    "care_partner": Offence("Harassment of a former partner by phone and at her workplace",
                             _PE, _MIS, "{town}"),
}  # fmt: skip
NO_CONTACT_NOTE = (
    "Criminal protective order of the Superior Court: no contact with the victim. The court "
    "allows contact through the mediation program only: letters carried by the mediator, "
    "no joint meeting unless the order is changed."
)

JUSTICE_STAGES: dict[SourceType, tuple[JusticeStage | None, ...]] = {
    SourceType.POLICE: (JusticeStage.DIVERSION,),
    SourceType.SCHOOL: (JusticeStage.DIVERSION,),
    SourceType.PROSECUTOR: (JusticeStage.DIVERSION, JusticeStage.PRE_ADJUDICATION),
    SourceType.JUDGE: (
        JusticeStage.PRE_ADJUDICATION,
        JusticeStage.PROBATION_CONDITION,
        JusticeStage.POST_SENTENCE,
    ),
    SourceType.PROBATION_OFFICER: (JusticeStage.PROBATION_CONDITION, JusticeStage.POST_SENTENCE),
    SourceType.DEFENSE_ATTORNEY: (JusticeStage.PRE_ADJUDICATION,),
    SourceType.VICTIM_ADVOCATE: (JusticeStage.PRE_ADJUDICATION, JusticeStage.POST_SENTENCE),
    SourceType.OTHER: (JusticeStage.DIVERSION, None),
}
DEADLINE_KINDS = {
    JusticeStage.DIVERSION: "End of the diversion period",
    JusticeStage.PRE_ADJUDICATION: "Next court hearing",
    JusticeStage.PROBATION_CONDITION: "Probation review hearing",
    JusticeStage.POST_SENTENCE: "Report due to the court",
}
AGENCIES: dict[SourceType, tuple[tuple[str, str, str], ...]] = {
    # (agency, how the person is named, the agency's e-mail domain)
    SourceType.JUDGE: (
        ("Cedar County Superior Court, Juvenile Division", "Hon. {name}", "courts.cedar.example"),
        ("Cedar County Superior Court, Department 3", "Hon. {name}", "courts.cedar.example"),
    ),
    SourceType.PROBATION_OFFICER: (
        ("Cedar County Probation Department", "{name}", "probation.cedar.example"),
    ),
    SourceType.VICTIM_ADVOCATE: tuple(
        (a, "{name}", "advocates.example") for a in ADVOCATE_AGENCIES
    ),
    SourceType.PROSECUTOR: (
        ("Cedar County District Attorney's Office", "Deputy DA {name}", "da.cedar.example"),
    ),
    SourceType.DEFENSE_ATTORNEY: (
        ("Cedar County Public Defender", "{name}, deputy public defender", "pd.cedar.example"),
        ("Lozano & Pratt, Attorneys at Law", "{name}, attorney", "lozanopratt.example"),
    ),
    SourceType.POLICE: (
        ("Millbrook Police Department", "Officer {name}", "millbrookpd.example"),
        ("Cedar County Sheriff's Office", "Deputy {name}", "sheriff.cedar.example"),
    ),
    SourceType.SCHOOL: tuple(
        (s, "{name}, assistant principal", "schools.example") for s in SCHOOLS
    ),
    SourceType.OTHER: (
        ("First Community Church of Millbrook", "Pastor {name}", "fccmillbrook.example"),
        ("Río Seco Neighborhood Association", "{name}, chair", "rioseco-na.example"),
    ),
}
