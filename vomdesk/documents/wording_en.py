"""Every printed document's English text (plain text; {fields} are filled in, then escaped)."""

from __future__ import annotations

from typing import Final

ROLES: Final[dict[str, tuple[str, str]]] = {  # singular, plural
    "victim": ("Victim", "Victims"),
    "offender": ("Offender", "Offenders"),
    "parent_guardian": ("Parent or legal guardian", "Parents or legal guardians"),
    "support_person": ("Support person", "Support persons"),
    "victim_advocate": ("Victim advocate", "Victim advocates"),
    "interpreter": ("Interpreter", "Interpreters"),
    "attorney": ("Attorney", "Attorneys"),
    "probation_officer": ("Probation officer", "Probation officers"),
    "community_member": ("Community member", "Community members"),
    "co_mediator": ("Co-mediator", "Co-mediators"),
    "mediator": ("Mediator", "Mediators"),
}

TERM_KINDS: Final[dict[str, str]] = {
    "financial": "Financial restitution",
    "personal_service": "Personal service to the victim",
    "community_service": "Community service",
    "apology": "Apology letter",
    "behavioural": "Behavioral commitment",
    "return_property": "Return of property",
    "other": "Other commitment",
}

STATUSES: Final[dict[tuple[str, str], str]] = {
    ("status", "received"): "We have received the case and are reviewing it.",
    ("status", "in_preparation"): "The mediator is meeting with the parties to prepare them.",
    ("status", "session_scheduled"): "A mediation session has been scheduled.",
    ("status", "session_held"): "A mediation session has been held.",
    ("status", "not_proceeding"): (
        "The case will not go ahead in mediation and is returned to you for any further action."
    ),
    ("agreement_reached", "agreement"): "The parties reached a written agreement.",
    ("agreement_reached", "no_agreement"): "The parties did not reach an agreement.",
    ("completion", "completed"): "The agreement has been completed.",
    ("completion", "not_completed"): "The agreement was not completed.",
    ("completion", "partially_completed"): (
        "Part of the agreement has been completed; some of its terms were not met."
    ),
}

TEXT: Final[dict[str, str]] = {
    # Shared by every document
    "page": "Page {page} of {pages}",
    "case": "Case {number}",
    "case_label": "Case",
    "phone": "Phone: {phone}",
    "prepared_on": "Prepared on {date}",
    "signature": "Signature",
    "date": "Date",
    "translation_banner": "Translation — the governing text is the {language} version",
    "lang_en": "English",
    "lang_es": "Spanish",
    "hours_one": "{hours} hour",
    "hours_many": "{hours} hours",
    "minutes_one": "{minutes} minute",
    "minutes_many": "{minutes} minutes",
    "call_us": "If you have any questions, please call the program at {phone}.",
    "contact_us": "If you have any questions, please contact the program.",
    "dear": "Dear {name}:",
    "dear_agency": "To {agency}:",
    "regards": "Sincerely,",
    "mediator_for": "Mediator, {program}",
    "re": "Re:",
    # Restitution agreement
    "agreement_kind": "Restitution agreement",
    "version": "Version {version}",
    "amended": "Amended: {reason}",
    "session_on": "Agreed at the mediation session held on {date}.",
    "parties": "The parties",
    "parties_intro": (
        "This restitution agreement is made between the people named below, who met with the "
        "help of a mediator of the program."
    ),
    "terms": "What the parties agree to",
    "no_terms": "No terms have been written down yet.",
    "responsible": "Responsible",
    "amount": "Amount",
    "hours": "Hours",
    "item": "What is given",
    "paid_to": "Paid to",
    "for_whom": "For",
    "deadline": "Deadline",
    "instalments": "Payment schedule",
    "instalment_no": "No.",
    "due_date": "Due date",
    "jointly": (
        "Jointly: each owes the whole amount. A payment by any one of them reduces what all of "
        "them owe."
    ),
    "shares": "Split in shares: each person owes only the share shown.",
    "share_person": "Name",
    "share_amount": "Share",
    "general": "General terms",
    "clause_voluntary": (
        "Everyone signs this agreement voluntarily. The parties worked out its terms together "
        "in mediation, and no one was required to agree to them."
    ),
    "clause_missed": (
        "If a term is not met by its deadline, the program will contact the parties to find out "
        "what happened and may work out a new plan with them. The program may also inform the "
        "referral source that the term was not met."
    ),
    "clause_confidential": (
        "What was said during the mediation session remains confidential. This agreement records "
        "only what the parties agreed to do."
    ),
    "clause_amend": (
        "This agreement can be changed only in writing, in a new version signed by everyone who "
        "signs this one."
    ),
    "clause_copies": "Each person who signs receives a copy of this agreement.",
    "signatures": "Signatures",
    # Payment schedule
    "schedule_kind": "Payment schedule",
    "schedule_intro": "Payments due under the restitution agreement in case {number}.",
    "payer": "Paid by",
    "all_payers": "All payers named in the agreement",
    "payee": "Paid to",
    "term": "Term",
    "paid_column": "Paid (date, receipt no.)",
    "total": "Total",
    "how_to_pay": "How to pay",
    "pay_through": (
        "Please make each payment through the program by its due date, in the way your mediator "
        "explained. The program records the payment, gives you a receipt and passes the money on "
        "to the person or organization to be paid."
    ),
    "keep_receipts": "Keep every receipt until the agreement has been completed.",
    "pay_late_call": (
        "If you cannot make a payment on time, call the program at {phone} before the due date."
    ),
    "pay_late": "If you cannot make a payment on time, tell the program before the due date.",
    # Consent form
    "consent_kind": "Consent form",
    "consent_title": "Consent to take part in mediation",
    "participant": "Participant",
    "guardian_role": "Parent or legal guardian of {name}",
    "guardian_of": "as parent or legal guardian of {name}",
    "what_heading": "What mediation is",
    "what": (
        "In victim offender mediation, the person harmed by an offense and the person responsible "
        "for it talk, with the help of a trained mediator, about what happened and how it affected "
        "them. If they wish, they agree on how the harm can be repaired. They may meet face to "
        "face, or the mediator may carry messages between them."
    ),
    "voluntary_heading": "Taking part is voluntary",
    "voluntary": (
        "You decide whether to take part. No one may pressure you to take part, even if a court "
        "or an agency referred the case to the program."
    ),
    "stop_heading": "You may stop at any time",
    "stop": (
        "You may stop the mediation at any time, before or during a meeting, without giving a "
        "reason. Tell the mediator, and ask for a break whenever you need one."
    ),
    "conf_heading": "Confidentiality and its limits",
    "conf": (
        "What is said in mediation is kept confidential. The mediator will not share it with the "
        "court, the referral source or anyone else, except when someone may be in danger of "
        "serious harm, when a child may be abused or neglected, or when the law requires it. The "
        "program tells the referral source only what the parties allow, such as whether a session "
        "took place and whether an agreement was reached and completed."
    ),
    "rights_heading": "Your rights",
    "rights": (
        "You have the right to speak with a lawyer before you decide and at any time during the "
        "process. You have the right to an interpreter; the program will arrange one if you need "
        "it. You may bring a support person."
    ),
    "next_heading": "What happens next",
    "next": (
        "If the parties reach an agreement, it is written down, everyone signs it and each "
        "receives a copy. If a term of the agreement is not met, the program will contact the "
        "parties and may inform the referral source. If mediation does not go ahead or no "
        "agreement is reached, the case goes back to the referral source, which decides how it "
        "continues."
    ),
    "consent_statement": (
        "I have read this form, or it has been read to me in a language I understand. I "
        "understand it, and I agree to take part in mediation."
    ),
    "consent_statement_guardian": (
        "I have read this form, or it has been read to me in a language I understand. As parent "
        "or legal guardian of {name}, I agree that {name} may take part in mediation, and I agree "
        "to take part myself."
    ),
    # Confidentiality agreement
    "confidentiality_kind": "Confidentiality agreement",
    "cf_intro": "Everyone present at the mediation session signs this agreement before it begins.",
    "cf_room": (
        "What is said in the room stays in the room. I will not repeat to anyone outside the "
        "session what others said during it, and I will not record the session or take pictures."
    ),
    "cf_notes": (
        "The mediator keeps any notes from the session confidential and will not share them."
    ),
    "cf_limits_heading": "The limits of confidentiality",
    "cf_limits": (
        "The mediator may have to share information when someone threatens to harm themselves "
        "or another person, when a child may be abused or neglected, and whenever else the law "
        "requires it."
    ),
    "cf_agreement": (
        "A written agreement, if one is made, is given to the people who sign it and shared with "
        "the referral source only as the parties allow."
    ),
    "cf_sign": "By signing below, each person agrees to keep what is said in the session "
    "confidential.",
    # Session confirmation letters
    "confirmation_kind": "Session confirmation",
    "confirmation_subject": "Your mediation session, case {number}",
    "thanks_joint": (
        "Thank you for agreeing to take part in mediation. This letter confirms the details of "
        "the mediation session."
    ),
    "thanks_separate": (
        "Thank you for taking part in the mediation process. This letter confirms the details of "
        "your meeting with the mediator."
    ),
    "when": "Date",
    "time": "Time",
    "length": "Length",
    "about": "about {length}",
    "place": "Place",
    "meeting": "Meeting",
    "joint": "A joint session: the parties meet together with the mediator.",
    "separate": "A separate meeting with the mediator only; the other party will not be there.",
    "arrival": "When you arrive",
    "waiting_area": "Where to wait",
    "support_persons": "Coming with you",
    "victim_support": (
        "You may bring a support person. You can ask for a break, or end the meeting, at any "
        "time: tell the mediator in the way you agreed on."
    ),
    "offender_arrive": ("Please arrive on time. You can ask the mediator for a break at any time."),
    "change_call": (
        "If you need to change the date, need an interpreter or have any questions, please call "
        "the program at {phone}."
    ),
    "change": (
        "If you need to change the date, need an interpreter or have any questions, please "
        "contact the program."
    ),
    # Referral acknowledgment
    "acknowledgment_kind": "Referral acknowledgment",
    "ack_subject": "Referral of case {number}",
    "court_number": "court case {number}",
    "ack_received": (
        "Thank you for your referral. The program received the referral of case {number}{court} "
        "on {date}, for {names}."
    ),
    "ack_nothing_more": (
        "The program will share further information about this case only as the parties' "
        "consent allows."
    ),
    "ack_confidential": (
        "Because mediation is confidential, our letters report only the status of a case, never "
        "what was said in it."
    ),
    # Payment receipt
    "receipt_kind": "Payment receipt",
    "receipt_no": "Receipt no. {number}",
    "receipt_intro": (
        "The program has received the payment below under the restitution agreement in case "
        "{number}."
    ),
    "received_from": "Received from",
    "received_on": "Date received",
    "method": "Payment method",
    "for_term": "For",
    "instalment_of": "Instalment {number} of {count}",
    "instalment_only": "Instalment {number}",
    "balance_after": "Balance remaining",
    "paid_in_full": "{amount} (paid in full)",
    "received_by": "Received by",
    "keep_receipt": "Keep this receipt until the agreement has been completed.",
    "method_cash": "Cash",
    "method_check": "Check",
    "method_money_order": "Money order",
    "method_card": "Card",
    "method_transfer": "Bank transfer",
    "method_other": "Other",
    # Reminder letter
    "reminder_kind": "Reminder",
    "reminder_subject": "Your restitution agreement, case {number}",
    "dear_two": "Dear {name} and {guardian}:",
    "reminder_intro": (
        "Our records show that the following terms of the restitution agreement signed in "
        "case {number} are behind:"
    ),
    "reminder_guardian": (
        "We are also writing to {guardian}, as parent or legal guardian of {name}."
    ),
    "outstanding": "Outstanding",
    "since": "Due since",
    "to_give": "Still to be given: {item}",
    "reminder_todo": (
        "Please bring what is overdue up to date by {date}. Payments are made through the "
        "program, which gives you a receipt for each one."
    ),
    "reminder_call": (
        "If you cannot do this by then, please call the program at {phone} before that date. "
        "We can talk about what is making it difficult and, if needed, work out a new plan."
    ),
    "reminder_contact": (
        "If you cannot do this by then, please contact the program before that date. We can "
        "talk about what is making it difficult and, if needed, work out a new plan."
    ),
    "reminder_next": (
        "If we do not hear from you by then, the program may inform the referral source that "
        "the agreement is not being kept, as the agreement provides."
    ),
    "reminder_paid": (
        "If you have made a payment in the last few days, thank you: keep your receipt, and "
        "this reminder does not apply to that payment."
    ),
    # Completion letter to the referral source
    "completion_kind": "Agreement outcome letter",
    "completion_subject": "Outcome of the agreement in case {number}",
    "completion_intro": (
        "We are writing about case {number}{court}, which the program received from you on "
        "{date}, for {names}."
    ),
    # Notice to the victim
    "notice_kind": "Notice about the agreement",
    "notice_subject": "The restitution agreement in case {number}",
    "notice_completed": (
        "We are writing to let you know that the restitution agreement reached in mediation in "
        "case {number} has been completed: every one of its terms has been met."
    ),
    "notice_partially_completed": (
        "We are writing to let you know that the restitution agreement reached in mediation in "
        "case {number} was completed only in part: some of its terms were not met."
    ),
    "notice_not_completed": (
        "We are writing to let you know that the restitution agreement reached in mediation in "
        "case {number} was not completed."
    ),
    "notice_returned": (
        "The case has gone back to the referral source, {agency}, which decides how it continues."
    ),
    "notice_paid": "In all, the program has passed on {amount} to you under the agreement.",
    "notice_held": (
        "The program also holds {amount} received for you, which it will pass on to you shortly."
    ),
    "notice_nothing_paid": "No payment has been passed on to you under the agreement.",
    "notice_thanks": "Thank you for taking part in mediation.",
    "notice_call": (
        "If you have any questions, or would like to talk about how things went, please call "
        "the program at {phone}."
    ),
    "notice_contact": (
        "If you have any questions, or would like to talk about how things went, please "
        "contact the program."
    ),
}
