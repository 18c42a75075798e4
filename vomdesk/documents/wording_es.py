"""Every printed document's Spanish text, formal "usted" (plain text; {fields} are filled in)."""

from __future__ import annotations

from typing import Final

ROLES: Final[dict[str, tuple[str, str]]] = {  # singular, plural
    "victim": ("Víctima", "Víctimas"),
    "offender": ("Ofensor", "Ofensores"),
    "parent_guardian": ("Padre, madre o tutor legal", "Padres, madres o tutores legales"),
    "support_person": ("Persona de apoyo", "Personas de apoyo"),
    "victim_advocate": ("Defensor(a) de víctimas", "Defensores de víctimas"),
    "interpreter": ("Intérprete", "Intérpretes"),
    "attorney": ("Abogado(a)", "Abogados"),
    "probation_officer": ("Oficial de libertad condicional", "Oficiales de libertad condicional"),
    "community_member": ("Miembro de la comunidad", "Miembros de la comunidad"),
    "co_mediator": ("Comediador(a)", "Comediadores"),
    "mediator": ("Mediador(a)", "Mediadores"),
}

TERM_KINDS: Final[dict[str, str]] = {
    "financial": "Restitución económica",
    "personal_service": "Servicio personal a la víctima",
    "community_service": "Servicio comunitario",
    "apology": "Carta de disculpa",
    "behavioural": "Compromiso de conducta",
    "return_property": "Devolución de bienes",
    "other": "Otro compromiso",
}

STATUSES: Final[dict[tuple[str, str], str]] = {
    ("status", "received"): "Hemos recibido el caso y lo estamos revisando.",
    ("status", "in_preparation"): (
        "El mediador o la mediadora se está reuniendo con las partes para prepararlas."
    ),
    ("status", "session_scheduled"): "Se ha programado una sesión de mediación.",
    ("status", "session_held"): "Se ha celebrado una sesión de mediación.",
    ("status", "not_proceeding"): (
        "El caso no seguirá adelante en mediación y se le devuelve para lo que usted determine."
    ),
    ("agreement_reached", "agreement"): "Las partes llegaron a un acuerdo por escrito.",
    ("agreement_reached", "no_agreement"): "Las partes no llegaron a un acuerdo.",
    ("completion", "completed"): "Se ha cumplido el acuerdo.",
    ("completion", "not_completed"): "El acuerdo no se cumplió.",
    ("completion", "partially_completed"): (
        "Se cumplió una parte del acuerdo; algunas de sus condiciones no se cumplieron."
    ),
}

TEXT: Final[dict[str, str]] = {
    # Shared by every document
    "page": "Página {page} de {pages}",
    "case": "Caso {number}",
    "case_label": "Caso",
    "phone": "Teléfono: {phone}",
    "prepared_on": "Preparado el {date}",
    "signature": "Firma",
    "date": "Fecha",
    "translation_banner": "Traducción — el texto que rige es la versión en {language}",
    "lang_en": "inglés",
    "lang_es": "español",
    "hours_one": "{hours} hora",
    "hours_many": "{hours} horas",
    "minutes_one": "{minutes} minuto",
    "minutes_many": "{minutes} minutos",
    "call_us": "Si tiene alguna pregunta, llame al programa al {phone}.",
    "contact_us": "Si tiene alguna pregunta, comuníquese con el programa.",
    "dear": "Estimado(a) {name}:",
    "dear_agency": "A la atención de {agency}:",
    "regards": "Atentamente,",
    "mediator_for": "Mediador(a), {program}",
    "re": "Asunto:",
    # Restitution agreement
    "agreement_kind": "Acuerdo de restitución",
    "version": "Versión {version}",
    "amended": "Modificado: {reason}",
    "session_on": "Acordado en la sesión de mediación celebrada el {date}.",
    "parties": "Las partes",
    "parties_intro": (
        "Este acuerdo de restitución se celebra entre las personas que se indican a "
        "continuación, quienes se reunieron con la ayuda de un mediador o una mediadora del "
        "programa."
    ),
    "terms": "Lo que las partes acuerdan",
    "no_terms": "Todavía no se ha escrito ninguna condición.",
    "responsible": "Responsable",
    "amount": "Monto",
    "hours": "Horas",
    "item": "Lo que se entrega",
    "paid_to": "Se paga a",
    "for_whom": "A favor de",
    "deadline": "Fecha límite",
    "instalments": "Calendario de pagos",
    "instalment_no": "Cuota",
    "due_date": "Fecha de vencimiento",
    "jointly": (
        "Solidariamente: cada persona debe el monto total. Un pago de cualquiera de ellas "
        "reduce lo que deben todas."
    ),
    "shares": "Dividido en partes: cada persona debe solo la parte indicada.",
    "share_person": "Nombre",
    "share_amount": "Parte",
    "general": "Condiciones generales",
    "clause_voluntary": (
        "Todas las personas firman este acuerdo de manera voluntaria. Las partes elaboraron sus "
        "condiciones juntas en la mediación y nadie estaba obligado a aceptarlas."
    ),
    "clause_missed": (
        "Si una condición no se cumple en la fecha límite, el programa se comunicará con las "
        "partes para saber qué ocurrió y podrá acordar con ellas un nuevo plan. El programa "
        "también podrá informar a la fuente de remisión que la condición no se cumplió."
    ),
    "clause_confidential": (
        "Lo que se dijo durante la sesión de mediación sigue siendo confidencial. Este acuerdo "
        "solo deja constancia de lo que las partes acordaron hacer."
    ),
    "clause_amend": (
        "Este acuerdo solo puede modificarse por escrito, en una nueva versión firmada por todas "
        "las personas que firman esta."
    ),
    "clause_copies": "Cada persona que firma recibe una copia de este acuerdo.",
    "signatures": "Firmas",
    # Payment schedule
    "schedule_kind": "Calendario de pagos",
    "schedule_intro": "Pagos que se deben según el acuerdo de restitución del caso {number}.",
    "payer": "Paga",
    "all_payers": "Todas las personas que pagan según el acuerdo",
    "payee": "Se paga a",
    "term": "Condición",
    "paid_column": "Pagado (fecha, n.º de recibo)",
    "total": "Total",
    "how_to_pay": "Cómo pagar",
    "pay_through": (
        "Haga cada pago por medio del programa a más tardar en su fecha de vencimiento, de la "
        "forma que le explicó su mediador o mediadora. El programa registra el pago, le entrega "
        "un recibo y hace llegar el dinero a la persona u organización que debe recibirlo."
    ),
    "keep_receipts": "Guarde todos los recibos hasta que se haya cumplido el acuerdo.",
    "pay_late_call": (
        "Si no puede hacer un pago a tiempo, llame al programa al {phone} antes de la fecha de "
        "vencimiento."
    ),
    "pay_late": (
        "Si no puede hacer un pago a tiempo, avise al programa antes de la fecha de vencimiento."
    ),
    # Consent form
    "consent_kind": "Formulario de consentimiento",
    "consent_title": "Consentimiento para participar en la mediación",
    "participant": "Participante",
    "guardian_role": "Padre, madre o tutor legal de {name}",
    "guardian_of": "como padre, madre o tutor legal de {name}",
    "what_heading": "Qué es la mediación",
    "what": (
        "En la mediación entre víctima y ofensor, la persona que sufrió el daño de un delito y la "
        "persona responsable hablan, con la ayuda de un mediador o una mediadora con "
        "capacitación, sobre lo que ocurrió y cómo les afectó. Si lo desean, acuerdan cómo "
        "reparar el daño. Pueden reunirse cara a cara, o el mediador o la mediadora puede llevar "
        "los mensajes de una parte a la otra."
    ),
    "voluntary_heading": "Su participación es voluntaria",
    "voluntary": (
        "Usted decide si participa. Nadie puede presionarle para que participe, aunque un "
        "tribunal o una agencia haya remitido el caso al programa."
    ),
    "stop_heading": "Puede detenerse en cualquier momento",
    "stop": (
        "Usted puede dejar la mediación en cualquier momento, antes o durante una reunión, sin "
        "dar explicaciones. Avísele al mediador o a la mediadora, y pida un descanso siempre que "
        "lo necesite."
    ),
    "conf_heading": "La confidencialidad y sus límites",
    "conf": (
        "Lo que se dice en la mediación es confidencial. El mediador o la mediadora no lo "
        "compartirá con el tribunal, con la fuente de remisión ni con nadie más, salvo cuando "
        "alguien pueda correr peligro de sufrir un daño grave, cuando un niño o una niña pueda "
        "estar sufriendo abuso o abandono, o cuando la ley lo exija. El programa solo informa a "
        "la fuente de remisión lo que las partes autoricen, por ejemplo, si se celebró una sesión "
        "y si se llegó a un acuerdo y se cumplió."
    ),
    "rights_heading": "Sus derechos",
    "rights": (
        "Usted tiene derecho a consultar con un abogado antes de decidir y en cualquier momento "
        "del proceso. Tiene derecho a un(a) intérprete; el programa se lo proporcionará si lo "
        "necesita. Puede venir acompañado(a) de una persona de apoyo."
    ),
    "next_heading": "Qué sucede después",
    "next": (
        "Si las partes llegan a un acuerdo, este se pone por escrito, todas las personas lo "
        "firman y cada una recibe una copia. Si no se cumple una condición del acuerdo, el "
        "programa se comunicará con las partes y podrá informar a la fuente de remisión. Si la "
        "mediación no se lleva a cabo o no se llega a un acuerdo, el caso vuelve a la fuente de "
        "remisión, que decide cómo continúa."
    ),
    "consent_statement": (
        "He leído este formulario, o me lo han leído en un idioma que entiendo. Lo entiendo y "
        "acepto participar en la mediación."
    ),
    "consent_statement_guardian": (
        "He leído este formulario, o me lo han leído en un idioma que entiendo. Como padre, "
        "madre o tutor legal de {name}, acepto que {name} participe en la mediación y acepto "
        "participar también."
    ),
    # Confidentiality agreement
    "confidentiality_kind": "Acuerdo de confidencialidad",
    "cf_intro": (
        "Todas las personas presentes en la sesión de mediación firman este acuerdo antes de "
        "que comience."
    ),
    "cf_room": (
        "Lo que se dice en la sala se queda en la sala. No repetiré a nadie fuera de la sesión lo "
        "que otras personas dijeron en ella, y no grabaré la sesión ni tomaré fotografías."
    ),
    "cf_notes": (
        "El mediador o la mediadora mantiene en confidencialidad las notas de la sesión y no las "
        "compartirá."
    ),
    "cf_limits_heading": "Los límites de la confidencialidad",
    "cf_limits": (
        "El mediador o la mediadora podría tener que compartir información cuando alguien "
        "amenace con hacerse daño o hacer daño a otra persona, cuando un niño o una niña pueda "
        "estar sufriendo abuso o abandono, y siempre que la ley lo exija."
    ),
    "cf_agreement": (
        "El acuerdo escrito, si se llega a uno, se entrega a las personas que lo firman y solo "
        "se comparte con la fuente de remisión en la medida en que las partes lo autoricen."
    ),
    "cf_sign": (
        "Al firmar a continuación, cada persona se compromete a mantener la confidencialidad de "
        "lo que se diga en la sesión."
    ),
    # Session confirmation letters
    "confirmation_kind": "Confirmación de la sesión",
    "confirmation_subject": "Su sesión de mediación, caso {number}",
    "thanks_joint": (
        "Le agradecemos que haya aceptado participar en la mediación. Por medio de esta carta le "
        "confirmamos los datos de la sesión de mediación."
    ),
    "thanks_separate": (
        "Le agradecemos su participación en el proceso de mediación. Por medio de esta carta le "
        "confirmamos los datos de su reunión con el mediador o la mediadora."
    ),
    "when": "Fecha",
    "time": "Hora",
    "length": "Duración",
    "about": "aproximadamente {length}",
    "place": "Lugar",
    "meeting": "Tipo de reunión",
    "joint": "Una sesión conjunta: las partes se reúnen con el mediador o la mediadora.",
    "separate": (
        "Una reunión por separado, solo con el mediador o la mediadora; la otra parte no estará "
        "presente."
    ),
    "arrival": "Al llegar",
    "waiting_area": "Dónde esperar",
    "support_persons": "Le acompañan",
    "victim_support": (
        "Puede venir con una persona de apoyo. Puede pedir un descanso, o terminar la reunión, "
        "en cualquier momento: avísele al mediador o a la mediadora de la forma que acordaron."
    ),
    "offender_arrive": (
        "Le rogamos que llegue puntualmente. Puede pedir un descanso al mediador o a la "
        "mediadora en cualquier momento."
    ),
    "change_call": (
        "Si necesita cambiar la fecha, necesita un(a) intérprete o tiene alguna pregunta, llame "
        "al programa al {phone}."
    ),
    "change": (
        "Si necesita cambiar la fecha, necesita un(a) intérprete o tiene alguna pregunta, "
        "comuníquese con el programa."
    ),
    # Referral acknowledgment
    "acknowledgment_kind": "Acuse de recibo de la remisión",
    "ack_subject": "Remisión del caso {number}",
    "court_number": "caso judicial {number}",
    "ack_received": (
        "Le agradecemos la remisión. El programa recibió el {date} la remisión del caso "
        "{number}{court}, relativa a {names}."
    ),
    "ack_nothing_more": (
        "El programa compartirá más información sobre este caso solo en la medida en que lo "
        "permita el consentimiento de las partes."
    ),
    "ack_confidential": (
        "Como la mediación es confidencial, nuestras cartas solo informan del estado de un caso, "
        "nunca de lo que se dijo en él."
    ),
    # Payment receipt
    "receipt_kind": "Recibo de pago",
    "receipt_no": "Recibo n.º {number}",
    "receipt_intro": (
        "El programa ha recibido el pago que se indica a continuación, según el acuerdo de "
        "restitución del caso {number}."
    ),
    "received_from": "Recibido de",
    "received_on": "Fecha de recepción",
    "method": "Forma de pago",
    "for_term": "Concepto",
    "instalment_of": "Cuota {number} de {count}",
    "instalment_only": "Cuota {number}",
    "balance_after": "Saldo pendiente",
    "paid_in_full": "{amount} (pagado en su totalidad)",
    "received_by": "Recibido por",
    "keep_receipt": "Guarde este recibo hasta que se haya cumplido el acuerdo.",
    "method_cash": "Efectivo",
    "method_check": "Cheque",
    "method_money_order": "Giro postal",
    "method_card": "Tarjeta",
    "method_transfer": "Transferencia bancaria",
    "method_other": "Otro",
    # Reminder letter
    "reminder_kind": "Recordatorio",
    "reminder_subject": "Su acuerdo de restitución, caso {number}",
    "dear_two": "Estimados(as) {name} y {guardian}:",
    "reminder_intro": (
        "Según nuestros registros, las siguientes condiciones del acuerdo de restitución "
        "firmado en el caso {number} están atrasadas:"
    ),
    "reminder_guardian": (
        "Nos dirigimos también a {guardian}, como padre, madre o tutor legal de {name}."
    ),
    "outstanding": "Pendiente",
    "since": "Vencido desde",
    "to_give": "Falta entregar: {item}",
    "reminder_todo": (
        "Le pedimos que se ponga al día con lo vencido a más tardar el {date}. Los pagos se "
        "hacen por medio del programa, que le entrega un recibo por cada uno."
    ),
    "reminder_call": (
        "Si no puede hacerlo para esa fecha, llame al programa al {phone} antes de que se "
        "cumpla. Podemos hablar de lo que le dificulta cumplir y, si hace falta, acordar un "
        "nuevo plan."
    ),
    "reminder_contact": (
        "Si no puede hacerlo para esa fecha, comuníquese con el programa antes de que se "
        "cumpla. Podemos hablar de lo que le dificulta cumplir y, si hace falta, acordar un "
        "nuevo plan."
    ),
    "reminder_next": (
        "Si no tenemos noticias suyas para esa fecha, el programa podrá informar a la fuente de "
        "remisión que el acuerdo no se está cumpliendo, tal como lo prevé el acuerdo."
    ),
    "reminder_paid": (
        "Si ha hecho un pago en los últimos días, le damos las gracias: guarde su recibo; este "
        "recordatorio no se refiere a ese pago."
    ),
    # Completion letter to the referral source
    "completion_kind": "Carta sobre el resultado del acuerdo",
    "completion_subject": "Resultado del acuerdo del caso {number}",
    "completion_intro": (
        "Le escribimos en relación con el caso {number}{court}, que el programa recibió de "
        "usted el {date}, relativo a {names}."
    ),
    # Notice to the victim
    "notice_kind": "Aviso sobre el acuerdo",
    "notice_subject": "El acuerdo de restitución del caso {number}",
    "notice_completed": (
        "Le escribimos para informarle que se ha cumplido el acuerdo de restitución alcanzado "
        "en la mediación del caso {number}: se cumplieron todas sus condiciones."
    ),
    "notice_partially_completed": (
        "Le escribimos para informarle que el acuerdo de restitución alcanzado en la mediación "
        "del caso {number} se cumplió solo en parte: algunas de sus condiciones no se cumplieron."
    ),
    "notice_not_completed": (
        "Le escribimos para informarle que el acuerdo de restitución alcanzado en la mediación "
        "del caso {number} no se cumplió."
    ),
    "notice_returned": (
        "El caso ha vuelto a la fuente de remisión, {agency}, que decide cómo continúa."
    ),
    "notice_paid": "En total, el programa le ha entregado {amount} según el acuerdo.",
    "notice_held": (
        "El programa tiene además {amount} recibidos para usted, que le entregará en breve."
    ),
    "notice_nothing_paid": "No se le ha entregado ningún pago según el acuerdo.",
    "notice_thanks": "Le agradecemos su participación en la mediación.",
    "notice_call": (
        "Si tiene alguna pregunta, o desea hablar de cómo resultó todo, llame al programa al "
        "{phone}."
    ),
    "notice_contact": (
        "Si tiene alguna pregunta, o desea hablar de cómo resultó todo, comuníquese con el "
        "programa."
    ),
}
