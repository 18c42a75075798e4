<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="90"/>
        <location filename="../../ui/pages/agenda_page.py" line="173"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="93"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="94"/>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="95"/>
        <source>Next 90 days</source>
        <translation>Próximos 90 días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="96"/>
        <source>Everything ahead</source>
        <translation>Todo lo que viene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="98"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="100"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="103"/>
        <source>Add to &amp;calendar…</source>
        <translation>Agregar al &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="105"/>
        <location filename="../../ui/pages/agenda_page.py" line="252"/>
        <source>Add to calendar</source>
        <translation>Agregar al calendario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="108"/>
        <source>Write everything scheduled from today on to a calendar file (.ics): case numbers, times and venues only, never names</source>
        <translation>Guardar todo lo programado a partir de hoy en un archivo de calendario (.ics): solo números de caso, horas y lugares, nunca nombres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="114"/>
        <source>Agenda status</source>
        <translation>Estado de la agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="119"/>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="129"/>
        <source>Nothing scheduled. Sessions and planned meetings appear here once scheduled.</source>
        <translation>No hay nada programado. Las sesiones y las reuniones previstas aparecerán aquí cuando se programen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="216"/>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="218"/>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="231"/>
        <source>This shows the next {count} days. Choose Everything ahead to see what comes later.</source>
        <translation>Aquí se muestran los próximos {count} días. Elija Todo lo que viene para ver lo posterior.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="253"/>
        <source>vomdesk-agenda.ics</source>
        <translation>vomdesk-agenda.ics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="254"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="262"/>
        <location filename="../../ui/pages/agenda_page.py" line="268"/>
        <source>Writing the calendar file…</source>
        <translation>Guardando el archivo de calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="276"/>
        <source>Nothing is scheduled: wrote an empty calendar file to {file}.</source>
        <translation>No hay nada programado: se guardó un archivo de calendario vacío en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="278"/>
        <source>Wrote 1 event to {file}.</source>
        <translation>Se guardó 1 evento en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="280"/>
        <source>Wrote {count} events to {file}.</source>
        <translation>Se guardaron {count} eventos en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="287"/>
        <source>The calendar file was not written. {problem}</source>
        <translation>No se guardó el archivo de calendario. {problem}</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../ui/models/agenda_table.py" line="134"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_table.py" line="134"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_table.py" line="134"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_table.py" line="134"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_table.py" line="134"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="62"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="63"/>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="70"/>
        <source>The agreement comes after the session: record it first.</source>
        <translation>El acuerdo se redacta después de la sesión: registre primero la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="72"/>
        <source>Start the agreement</source>
        <translation>Comenzar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="75"/>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="88"/>
        <source>Governing language</source>
        <translation>Idioma que rige</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="77"/>
        <source>S&amp;tart the agreement</source>
        <translation>&amp;Comenzar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="79"/>
        <source>&amp;Governing language</source>
        <translation>&amp;Idioma que rige</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="89"/>
        <source>Governing &amp;language</source>
        <translation>&amp;Idioma que rige</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="94"/>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="95"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Guardar el borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="99"/>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="101"/>
        <source>Before signing</source>
        <translation>Antes de firmar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="214"/>
        <source>Amended because: {reason}</source>
        <translation>Motivo de la modificación: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="235"/>
        <source>Signed: this version is never changed. Amend it instead.</source>
        <translation>Firmado: esta versión nunca se cambia. En su lugar, haga una modificación.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="236"/>
        <source>Replaced by an amendment: kept for the record.</source>
        <translation>Reemplazado por una modificación: se conserva como constancia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="240"/>
        <source>Signing has started: the terms can no longer change.</source>
        <translation>Ya comenzaron las firmas: los términos ya no se pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="258"/>
        <source>Save the draft to check it again.</source>
        <translation>Guarde el borrador para volver a revisarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/agreement_page.py" line="259"/>
        <source>Nothing to correct: the agreement can be signed.</source>
        <translation>No hay nada que corregir: el acuerdo se puede firmar.</translation>
    </message>
</context>
<context>
    <name>AgreementTexts</name>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="27"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="47"/>
        <source>One payment on {date}</source>
        <translation>Un pago el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="51"/>
        <source>{count} instalments, first on {date}</source>
        <translation>{count} cuotas; la primera, el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="62"/>
        <source>{names} (jointly)</source>
        <translation>{names} (solidariamente)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="67"/>
        <source>{name} ({share})</source>
        <translation>{name} ({share})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="79"/>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="83"/>
        <source>(amended: {reason})</source>
        <translation>(modificada: {reason})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="87"/>
        <source>Signed {date}</source>
        <translation>Firmada el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="91"/>
        <source>Replaced by an amendment</source>
        <translation>Reemplazada por una modificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="93"/>
        <source>Draft, being signed</source>
        <translation>Borrador, en proceso de firma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/texts.py" line="95"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../../domain/agreements.py" line="28"/>
        <source>Financial restitution</source>
        <translation>Restitución económica</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="29"/>
        <source>Personal service to the victim</source>
        <translation>Servicio personal a la víctima</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="30"/>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="31"/>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="32"/>
        <source>Behavioural commitment</source>
        <translation>Compromiso de conducta</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="33"/>
        <source>Return of property</source>
        <translation>Devolución de bienes</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="34"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="66"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="67"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="68"/>
        <source>Replaced by an amendment</source>
        <translation>Reemplazado por una modificación</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="82"/>
        <source>Agreement reached</source>
        <translation>Se llegó a un acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="83"/>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="84"/>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="85"/>
        <source>Ended early</source>
        <translation>Terminó antes de tiempo</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="118"/>
        <source>Describe the term.</source>
        <translation>Describa el término.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="120"/>
        <source>Choose who is responsible.</source>
        <translation>Elija quién es responsable.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="124"/>
        <source>Enter the amount, more than zero.</source>
        <translation>Escriba el monto, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="128"/>
        <source>This amount is too large.</source>
        <translation>Este monto es demasiado alto.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="130"/>
        <source>The instalments do not add up to the amount: make the plan again.</source>
        <translation>Las cuotas no suman el monto: vuelva a hacer el plan de pagos.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="134"/>
        <source>Say who is paid.</source>
        <translation>Indique a quién se le paga.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="137"/>
        <source>Give each co-offender&apos;s share, or make it joint.</source>
        <translation>Indique la parte de cada coofensor, o elija que todos respondan solidariamente.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="141"/>
        <source>The shares do not add up to the amount.</source>
        <translation>Las partes no suman el monto.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="146"/>
        <source>Enter the hours, more than zero and at most 1,000.</source>
        <translation>Escriba las horas: más de cero y como máximo 1,000.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="150"/>
        <source>Say what is delivered or done, so it can be checked.</source>
        <translation>Indique qué se entrega o qué se hace, para que se pueda verificar.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="154"/>
        <source>Give a deadline or a plan.</source>
        <translation>Indique una fecha límite o un plan de pagos.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="156"/>
        <source>The first payment is in the past.</source>
        <translation>La fecha del primer pago ya pasó.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="158"/>
        <source>The deadline has passed.</source>
        <translation>La fecha límite ya pasó.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="192"/>
        <source>Add at least one term.</source>
        <translation>Agregue al menos un término.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="205"/>
        <source>Term {number} ends after the referral source&apos;s deadline: shorten it or say why.</source>
        <translation>El término {number} vence después de la fecha límite de la fuente de remisión: acórtelo o explique por qué.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="218"/>
        <source>The money terms differ from the losses the victim listed: say why.</source>
        <translation>Los términos monetarios no coinciden con las pérdidas que indicó la víctima: explique por qué.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="258"/>
        <source>Enter the date of the signature.</source>
        <translation>Escriba la fecha de la firma.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="260"/>
        <source>A signature cannot be dated in the future.</source>
        <translation>Una firma no puede tener una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../domain/agreements.py" line="262"/>
        <source>A signature cannot come before the session.</source>
        <translation>Una firma no puede ser anterior a la sesión.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="26"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="27"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="28"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="74"/>
        <source>The total must be more than zero.</source>
        <translation>El total debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="77"/>
        <source>Give either the number of payments or the amount.</source>
        <translation>Indique el número de pagos o el monto de cada pago.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="81"/>
        <source>Plan at least one payment.</source>
        <translation>Incluya al menos un pago en el plan.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="87"/>
        <source>Each payment must be more than zero.</source>
        <translation>Cada pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="93"/>
        <source>That makes more than 120 payments: pay more each time.</source>
        <translation>Eso da más de 120 pagos: aumente el monto de cada pago.</translation>
    </message>
    <message>
        <location filename="../../domain/instalments.py" line="107"/>
        <source>Give each co-offender a share.</source>
        <translation>Asigne una parte a cada coofensor.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="129"/>
        <source>Mediator</source>
        <translation>Mediador(a)</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="182"/>
        <source>Record the session first: the agreement comes after it.</source>
        <translation>Registre primero la sesión: el acuerdo se redacta después.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="190"/>
        <source>This case has an agreement already: amend it instead.</source>
        <translation>Este caso ya tiene un acuerdo: en su lugar, haga una modificación.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="228"/>
        <source>A signed agreement is never changed: amend it instead.</source>
        <translation>Un acuerdo firmado nunca se cambia: en su lugar, haga una modificación.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="236"/>
        <source>Someone has signed this version: changing it would change what they signed.</source>
        <translation>Alguien ya firmó esta versión: cambiarla cambiaría lo que firmó.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="245"/>
        <location filename="../../services/session_records.py" line="74"/>
        <source>Someone chosen is no longer in this case.</source>
        <translation>Una de las personas elegidas ya no forma parte de este caso.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="37"/>
        <source>This version was replaced by an amendment.</source>
        <translation>Esta versión fue reemplazada por una modificación.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="47"/>
        <source>This person does not sign this agreement.</source>
        <translation>Esta persona no firma este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="72"/>
        <source>This signature is already recorded.</source>
        <translation>Esta firma ya está registrada.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="119"/>
        <source>Only the signed agreement in force can be amended.</source>
        <translation>Solo se puede modificar el acuerdo firmado que está vigente.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="127"/>
        <source>Write the reason for the amendment, in a sentence.</source>
        <translation>Escriba el motivo de la modificación en una oración.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_signing.py" line="140"/>
        <source>An amendment is already being drafted.</source>
        <translation>Ya se está redactando una modificación.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_scans.py" line="31"/>
        <source>Attach a PDF or a photo (PNG, JPEG, TIFF or HEIC).</source>
        <translation>Adjunte un PDF o una foto (PNG, JPEG, TIFF o HEIC).</translation>
    </message>
    <message>
        <location filename="../../services/agreement_scans.py" line="38"/>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_scans.py" line="43"/>
        <source>This file is larger than 25 MB: scan at a lower resolution.</source>
        <translation>Este archivo ocupa más de 25 MB: escanéelo con una resolución más baja.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="53"/>
        <source>A session can be recorded once the case is in preparation.</source>
        <translation>Se puede registrar una sesión una vez que el caso esté en preparación.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="60"/>
        <source>Enter when the session was.</source>
        <translation>Escriba cuándo se realizó la sesión.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="62"/>
        <source>A session is recorded after it took place: this time is ahead.</source>
        <translation>Una sesión se registra después de realizarse: esta hora todavía no ha llegado.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="66"/>
        <source>Choose how the session ended.</source>
        <translation>Elija cómo terminó la sesión.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="68"/>
        <source>Choose who attended.</source>
        <translation>Elija quiénes asistieron.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="70"/>
        <source>Enter the length in minutes.</source>
        <translation>Escriba la duración en minutos.</translation>
    </message>
    <message>
        <location filename="../../services/session_records.py" line="121"/>
        <source>The session was postponed.</source>
        <translation>La sesión se aplazó.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_checks.py" line="20"/>
        <source>Start the agreement, or close the case if the session reached none.</source>
        <translation>Comience el acuerdo, o cierre el caso si en la sesión no se llegó a ninguno.</translation>
    </message>
    <message>
        <location filename="../../services/agreement_checks.py" line="35"/>
        <source>Record {name}&apos;s signature.</source>
        <translation>Registre la firma de {name}.</translation>
    </message>
</context>
<context>
    <name>AskedPanel</name>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="40"/>
        <source>What the victim asked for</source>
        <translation>Lo que pidió la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="42"/>
        <source>Losses the victim listed</source>
        <translation>Pérdidas que indicó la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="44"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="44"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="44"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="59"/>
        <source>Why the amounts di&amp;ffer *</source>
        <translation>Por qué &amp;difieren los montos *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="60"/>
        <source>Why the amounts differ</source>
        <translation>Por qué difieren los montos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="64"/>
        <source>W&amp;hy a term ends after the referral source&apos;s deadline *</source>
        <translation>Por qué un término vence después de la fecha &amp;límite de la fuente de remisión *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="70"/>
        <source>Why a term ends after the referral source&apos;s deadline</source>
        <translation>Por qué un término vence después de la fecha límite de la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="100"/>
        <source>The referral source&apos;s deadline: {date}</source>
        <translation>Fecha límite de la fuente de remisión: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="120"/>
        <source>Losses listed: {losses}. Money terms: {money}.</source>
        <translation>Pérdidas indicadas: {losses}. Términos monetarios: {money}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/asked_panel.py" line="124"/>
        <source>The victim listed no losses. Money terms: {money}.</source>
        <translation>La víctima no indicó pérdidas. Términos monetarios: {money}.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="39"/>
        <source>The signed paper</source>
        <translation>El documento firmado en papel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="42"/>
        <source>Scans of the signed paper</source>
        <translation>Copias escaneadas del documento firmado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="45"/>
        <source>A&amp;ttach the signed paper…</source>
        <translation>&amp;Adjuntar el documento firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="48"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="50"/>
        <source>Scans are kept encrypted. The copy you save is not encrypted.</source>
        <translation>Las copias escaneadas se guardan cifradas. La copia que usted guarde no está cifrada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="73"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="91"/>
        <source>Attach the signed paper</source>
        <translation>Adjuntar el documento firmado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="92"/>
        <source>Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</source>
        <translation>Copias escaneadas y fotos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="118"/>
        <source>Save a copy (not encrypted)</source>
        <translation>Guardar una copia (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="119"/>
        <source>The same kind of file (*{suffix})</source>
        <translation>El mismo tipo de archivo (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/attachments_panel.py" line="128"/>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>Se guardó en {path}. Esta copia no está cifrada.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="34"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="36"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="105"/>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="45"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="68"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="47"/>
        <location filename="../../ui/dialogs/audit_viewer.py" line="69"/>
        <source>Record kind</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="49"/>
        <source>Record id contains</source>
        <translation>El id del registro contiene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="50"/>
        <source>Record id contains…</source>
        <translation>El id del registro contiene…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="54"/>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="55"/>
        <source>Record &amp;kind</source>
        <translation>&amp;Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="56"/>
        <source>&amp;Record id</source>
        <translation>Id del &amp;registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="66"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="67"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="70"/>
        <source>Record id</source>
        <translation>Id del registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="71"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="74"/>
        <source>Audit entries, newest first</source>
        <translation>Entradas de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="116"/>
        <source>Chain intact: all {0} entries are as they were written.</source>
        <translation>Cadena intacta: las {0} entradas están tal como se escribieron.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="123"/>
        <source>Chain broken at entry {0}: it was changed, or an entry before it was removed, after it was written.</source>
        <translation>Cadena rota en la entrada {0}: se modificó, o se eliminó una entrada anterior, después de escribirse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="130"/>
        <source>Showing the newest {0} of {1} entries.</source>
        <translation>Se muestran las {0} entradas más recientes de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="136"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="137"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="165"/>
        <source>{0} entries shown</source>
        <translation>{0} entradas mostradas</translation>
    </message>
</context>
<context>
    <name>AvailabilityFields</name>
    <message>
        <location filename="../../ui/pages/preparation/availability_fields.py" line="33"/>
        <source>e.g. not before 4 pm on weekdays</source>
        <translation>p. ej., no antes de las 4 p. m. entre semana</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="28"/>
        <source>choose</source>
        <translation>elegir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="64"/>
        <source>This folder is inside the data folder, on this computer: the copy is lost with it. This does not protect against a lost laptop.</source>
        <translation>Esta carpeta está dentro de la carpeta de datos, en esta computadora: la copia se perdería junto con ella. Esto no protege contra la pérdida de la computadora portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="73"/>
        <source>This folder is synced to a cloud service. The backup is encrypted, so this is fine for a copy, but the service keeps copies that you cannot purge later.</source>
        <translation>Esta carpeta se sincroniza con un servicio en la nube. La copia de seguridad está cifrada, así que sirve como copia, pero el servicio guarda copias que usted no podrá depurar más adelante.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="81"/>
        <source>This is a network folder. Fine for a copy if the connection holds; the backup is verified after it is written.</source>
        <translation>Esta es una carpeta de red. Sirve para una copia si la conexión se mantiene; la copia de seguridad se verifica después de escribirse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="93"/>
        <source>The case records are in a cloud-sync folder: the sync service keeps copies that vomdesk cannot purge. Move the data folder to this computer&apos;s own disk.</source>
        <translation>Los expedientes están en una carpeta sincronizada con la nube: el servicio de sincronización guarda copias que vomdesk no puede depurar. Mueva la carpeta de datos al disco propio de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="99"/>
        <source>The case records are in a network folder: a dropped connection can damage them. Move the data folder to this computer&apos;s own disk.</source>
        <translation>Los expedientes están en una carpeta de red: si se interrumpe la conexión, pueden dañarse. Mueva la carpeta de datos al disco propio de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialogs.py" line="109"/>
        <source>unknown</source>
        <translation>fecha desconocida</translation>
    </message>
</context>
<context>
    <name>BackupLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="33"/>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="49"/>
        <source>Backups made</source>
        <translation>Copias de seguridad realizadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="37"/>
        <source>Copies outside the data folder (a USB stick, another disk) are yours to keep safe, and to destroy when the retention policy says so.</source>
        <translation>Las copias fuera de la carpeta de datos (una memoria USB, otro disco) quedan bajo su responsabilidad: usted debe mantenerlas seguras y destruirlas cuando lo indique la política de conservación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="43"/>
        <source>Reading the backup log…</source>
        <translation>Leyendo el registro de copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="46"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="46"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="46"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="46"/>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="84"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="47"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="72"/>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="74"/>
        <source>{count} backups, newest first.</source>
        <translation>{count} copias de seguridad, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="79"/>
        <source>Automatic, on this computer</source>
        <translation>Automática, en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="81"/>
        <source>To another place</source>
        <translation>En otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="83"/>
        <source>To a folder on this computer</source>
        <translation>En una carpeta de esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_log_dialog.py" line="84"/>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
</context>
<context>
    <name>BackupNotes</name>
    <message>
        <location filename="../../ui/backup_notes.py" line="32"/>
        <source>Make a copy on a USB stick or another disk</source>
        <translation>Haga una copia en una memoria USB o en otro disco</translation>
    </message>
    <message>
        <location filename="../../ui/backup_notes.py" line="61"/>
        <source>Nothing backed up to another place since yesterday — Back up to…</source>
        <translation>Sin copias de seguridad en otro lugar desde ayer — Hacer copia de seguridad en…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_notes.py" line="64"/>
        <source>Nothing backed up to another place for {days} days — Back up to…</source>
        <translation>Sin copias de seguridad en otro lugar desde hace {days} días — Hacer copia de seguridad en…</translation>
    </message>
</context>
<context>
    <name>BackupToDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="39"/>
        <source>Back up to…</source>
        <translation>Hacer copia de seguridad en…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="45"/>
        <source>Writes an encrypted copy of all case records into a folder and checks it. Keep it apart from this computer: a USB stick or another disk.</source>
        <translation>Escribe una copia cifrada de todos los expedientes en una carpeta y la verifica. Guárdela separada de esta computadora: en una memoria USB o en otro disco.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="50"/>
        <source>Backup folder</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="50"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="53"/>
        <source>&amp;Same as the case records: their passphrase or recovery kit opens it</source>
        <translation>&amp;Igual que los expedientes: se abre con su frase de contraseña o su kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="56"/>
        <source>Its &amp;own backup passphrase (the recovery kit does not open it)</source>
        <translation>Una frase de contraseña &amp;propia para la copia (el kit de recuperación no la abre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="67"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="70"/>
        <source>Backing up</source>
        <translation>Copia de seguridad en curso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="77"/>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="80"/>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="85"/>
        <source>Who can open the copy:</source>
        <translation>Quién puede abrir la copia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="137"/>
        <source>Backing up and verifying…</source>
        <translation>Haciendo y verificando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="144"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_dialog.py" line="158"/>
        <source>Backed up and verified: {folder} ({cases} cases)</source>
        <translation>Copia de seguridad hecha y verificada: {folder} ({cases} casos)</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="38"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="45"/>
        <source>Dail&amp;y backups kept</source>
        <translation>Copias diarias &amp;que se conservan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="46"/>
        <source>Weekly backups kept</source>
        <translation>Copias semanales que se conservan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="47"/>
        <source>Monthly backups kept</source>
        <translation>Copias mensuales que se conservan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="49"/>
        <source>Remind me after (days)</source>
        <translation>Recordarme después de (días)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="54"/>
        <source>Back up to…</source>
        <translation>Hacer copia de seguridad en…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="56"/>
        <source>An encrypted, verified copy on a USB stick or another disk</source>
        <translation>Una copia cifrada y verificada en una memoria USB o en otro disco</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="58"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="59"/>
        <source>Into a new, empty folder; nothing is overwritten</source>
        <translation>En una carpeta nueva y vacía; no se sobrescribe nada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="60"/>
        <source>Backups made…</source>
        <translation>Copias de seguridad realizadas…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="120"/>
        <source>Last copy to another place: {what}</source>
        <translation>Última copia en otro lugar: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="122"/>
        <source>No copy has been made to another place yet.</source>
        <translation>Todavía no se ha hecho ninguna copia en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="123"/>
        <source>Last automatic backup: {what}</source>
        <translation>Última copia de seguridad automática: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="125"/>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="130"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="130"/>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_panel.py" line="131"/>
        <source>{when}, {where} ({verified}, {cases} cases)</source>
        <translation>{when}, {where} ({verified}, {cases} casos)</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="84"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="87"/>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Volver a la lista de casos (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="88"/>
        <source>Back to the case list</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="91"/>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="109"/>
        <source>Case {number}</source>
        <translation>Caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="111"/>
        <source>No victim or offender yet</source>
        <translation>Todavía no hay víctima ni ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="118"/>
        <source>Juvenile</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="118"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="120"/>
        <source>Juvenile or adult: not known yet</source>
        <translation>Menor o adulto: aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="128"/>
        <source>{count} flags</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="130"/>
        <source>Extra care: {flags}</source>
        <translation>Cuidado especial: {flags}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="137"/>
        <source>No-contact order</source>
        <translation>Orden de no contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="141"/>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="145"/>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
</context>
<context>
    <name>CaseNumbers</name>
    <message>
        <location filename="../../domain/case_numbers.py" line="18"/>
        <source>Use exactly one run of N for the running number, for example YYYY-NNN.</source>
        <translation>Use una sola serie de N para el número consecutivo, por ejemplo YYYY-NNN.</translation>
    </message>
    <message>
        <location filename="../../domain/case_numbers.py" line="22"/>
        <source>The running number may have at most six digits.</source>
        <translation>El número consecutivo puede tener como máximo seis dígitos.</translation>
    </message>
    <message>
        <location filename="../../domain/case_numbers.py" line="24"/>
        <source>Keep the pattern to 30 characters or fewer.</source>
        <translation>El formato debe tener 30 caracteres o menos.</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="46"/>
        <source>Start intake</source>
        <translation>Comenzar la admisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="47"/>
        <source>Start preparation</source>
        <translation>Comenzar la preparación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="48"/>
        <source>Mark ready to schedule</source>
        <translation>Listo para programar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="49"/>
        <source>Schedule the session…</source>
        <translation>Programar la sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="50"/>
        <source>Start monitoring</source>
        <translation>Comenzar el seguimiento</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="172"/>
        <source>This column cannot be sorted</source>
        <translation>No se puede ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="177"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="178"/>
        <source>Victim / offender</source>
        <translation>Víctima / ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="179"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="180"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="181"/>
        <source>Juvenile/adult</source>
        <translation>Menor/adulto</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="182"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="183"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="184"/>
        <source>Referred by</source>
        <translation>Remitido por</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="211"/>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="220"/>
        <source>Juvenile</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="220"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="228"/>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="250"/>
        <source>Sealed: opening it needs a reason to lift the seal</source>
        <translation>Sellado: para abrirlo se necesita un motivo para levantar el sello</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="252"/>
        <source>Victim / offender: {names}</source>
        <translation>Víctima / ofensor: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="255"/>
        <source>Past due: {due}</source>
        <translation>Vencido: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="257"/>
        <source>Not known yet: no offender&apos;s date of birth</source>
        <translation>Aún no se sabe: falta la fecha de nacimiento del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="265"/>
        <source>Court number {number}</source>
        <translation>Número de causa del tribunal: {number}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="90"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="90"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="90"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="90"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="92"/>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="103"/>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="104"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="105"/>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="106"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="107"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="108"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="109"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="111"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="153"/>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="204"/>
        <source>Went ahead without: {gate}</source>
        <translation>Se continuó sin: {gate}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="206"/>
        <source>(lapsed when the case went back)</source>
        <translation>(quedó sin efecto cuando el caso retrocedió)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="291"/>
        <location filename="../../ui/pages/case_workspace.py" line="303"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="294"/>
        <location filename="../../ui/pages/case_workspace.py" line="306"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="349"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="350"/>
        <source>Save the changes to this case before leaving?</source>
        <translation>¿Desea guardar los cambios de este caso antes de salir?</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="84"/>
        <location filename="../../ui/pages/cases_page.py" line="205"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="86"/>
        <location filename="../../ui/pages/cases_page.py" line="88"/>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="87"/>
        <source>Record a new referral (Ctrl+N)</source>
        <translation>Registrar una nueva remisión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="91"/>
        <source>Search names, case numbers, court numbers, referral sources</source>
        <translation>Buscar nombres, números de caso, números de causa, fuentes de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="96"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="97"/>
        <source>Search cases (Ctrl+F)</source>
        <translation>Buscar casos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="99"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="100"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="101"/>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="104"/>
        <location filename="../../ui/pages/cases_page.py" line="105"/>
        <source>Juvenile or adult</source>
        <translation>Menor o adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="106"/>
        <location filename="../../ui/pages/cases_page.py" line="223"/>
        <source>Juvenile</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="107"/>
        <location filename="../../ui/pages/cases_page.py" line="223"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="108"/>
        <source>Year received</source>
        <translation>Año de recepción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="109"/>
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="110"/>
        <source>Referral source</source>
        <translation>Fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="111"/>
        <source>Any referral source</source>
        <translation>Cualquier fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="114"/>
        <location filename="../../ui/pages/cases_page.py" line="116"/>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="121"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="132"/>
        <source>No cases to show</source>
        <translation>No hay casos que mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="137"/>
        <location filename="../../ui/pages/cases_page.py" line="139"/>
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="337"/>
        <source>The case list could not be read. Try again in a moment.</source>
        <translation>No se pudo leer la lista de casos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="343"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="373"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="373"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="382"/>
        <source>No cases yet. Record the first referral with New referral (Ctrl+N).</source>
        <translation>Todavía no hay casos. Registre la primera remisión con Nueva remisión (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="388"/>
        <source>No case matches “{text}” with these filters</source>
        <translation>Con estos filtros, ningún caso coincide con “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="390"/>
        <source>No case matches “{text}”</source>
        <translation>Ningún caso coincide con “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="392"/>
        <source>No case matches these filters</source>
        <translation>Ningún caso coincide con estos filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="397"/>
        <source>Check the spelling, or look for a case number or a court number.</source>
        <translation>Revise la ortografía o busque un número de caso o un número de causa del tribunal.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="75"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="78"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="81"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="90"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="39"/>
        <source>Screening checklists</source>
        <translation>Listas de verificación para la evaluación previa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="45"/>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="46"/>
        <source>Offenders</source>
        <translation>Ofensores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="47"/>
        <source>Checklist for</source>
        <translation>Lista de verificación para</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="48"/>
        <source>Checklist &amp;for</source>
        <translation>Li&amp;sta de verificación para</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="55"/>
        <source>Questions asked</source>
        <translation>Preguntas que se hacen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="59"/>
        <source>Unsaved changes to the checklist</source>
        <translation>Cambios sin guardar en la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="60"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="64"/>
        <source>Add &amp;question…</source>
        <translation>Agregar preg&amp;unta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="65"/>
        <source>Re&amp;word…</source>
        <translation>&amp;Reformular…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="66"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="67"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="68"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="69"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="70"/>
        <source>Re&amp;tire</source>
        <translation>R&amp;etirar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="72"/>
        <source>Save as new ve&amp;rsion</source>
        <translation>Guardar como nueva &amp;versión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="127"/>
        <source>Version {n} in use</source>
        <translation>Versión {n} en uso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="129"/>
        <source>{n} ({count} questions)</source>
        <translation>{n} ({count} preguntas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="134"/>
        <source>Earlier versions: {list}</source>
        <translation>Versiones anteriores: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="136"/>
        <source>No earlier versions.</source>
        <translation>No hay versiones anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="148"/>
        <source>Gate: {text}</source>
        <translation>Requisito: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="153"/>
        <source>Red flag when the answer is: {answers}</source>
        <translation>Señal de alerta cuando la respuesta es: {answers}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="155"/>
        <source>Never raises a red flag.</source>
        <translation>Nunca genera una señal de alerta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="170"/>
        <location filename="../../ui/pages/checklist_editor.py" line="259"/>
        <source>The three gates of mediation cannot be retired.</source>
        <translation>Los tres requisitos de la mediación no se pueden retirar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="172"/>
        <source>Stop asking this question; screenings already done keep it.</source>
        <translation>Dejar de hacer esta pregunta; las evaluaciones ya realizadas la conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="215"/>
        <source>Add a question</source>
        <translation>Agregar una pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="229"/>
        <source>Reword the question</source>
        <translation>Reformular la pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_editor.py" line="293"/>
        <source>Version {n} saved. Screenings already done keep the version they used.</source>
        <translation>Se guardó la versión {n}. Las evaluaciones ya realizadas conservan la versión que usaron.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../domain/choices.py" line="19"/>
        <source>Face to face (direct)</source>
        <translation>Cara a cara (directa)</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="20"/>
        <source>Through the mediator (indirect, shuttle)</source>
        <translation>A través del mediador (mediación indirecta)</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="21"/>
        <source>Letter exchange</source>
        <translation>Intercambio de cartas</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="36"/>
        <source>The victim speaks first</source>
        <translation>La víctima habla primero</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="37"/>
        <source>The offender speaks first</source>
        <translation>El ofensor habla primero</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="38"/>
        <location filename="../../domain/choices.py" line="55"/>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="52"/>
        <source>Across a table</source>
        <translation>Uno frente al otro, en una mesa</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="53"/>
        <source>In a circle</source>
        <translation>En círculo</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="54"/>
        <source>Side by side, facing the mediator</source>
        <translation>Uno al lado del otro, frente al mediador</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="59"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="60"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="61"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="62"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="63"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="64"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="65"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="79"/>
        <source>Mornings</source>
        <translation>Por la mañana</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="80"/>
        <source>Afternoons</source>
        <translation>Por la tarde</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="81"/>
        <source>Evenings</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="96"/>
        <source>Property damaged or lost</source>
        <translation>Bienes dañados o perdidos</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="97"/>
        <source>Medical costs</source>
        <translation>Gastos médicos</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="98"/>
        <source>Lost wages</source>
        <translation>Salarios perdidos</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="99"/>
        <source>Insurance deductible</source>
        <translation>Deducible del seguro</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="100"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="109"/>
        <source>Describe the loss.</source>
        <translation>Describa la pérdida.</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="111"/>
        <source>Enter the amount, for example 125.50.</source>
        <translation>Escriba la cantidad, por ejemplo 125.50.</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="113"/>
        <source>The amount must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../domain/choices.py" line="115"/>
        <source>This amount is too large; check the figure.</source>
        <translation>Esta cantidad es demasiado alta; revise la cifra.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="55"/>
        <source>Choose how the victim wants to meet.</source>
        <translation>Elija cómo desea reunirse la víctima.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="59"/>
        <source>This venue is no longer on the list. Choose another place.</source>
        <translation>Este lugar ya no está en la lista. Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="65"/>
        <source>Someone chosen is no longer in this case.</source>
        <translation>Una de las personas elegidas ya no forma parte de este caso.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="123"/>
        <source>The victim&apos;s choices changed.</source>
        <translation>Las preferencias de la víctima cambiaron.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="154"/>
        <source>Choose days of the week.</source>
        <translation>Elija los días de la semana.</translation>
    </message>
    <message>
        <location filename="../../services/choices.py" line="169"/>
        <source>The offender no longer takes part.</source>
        <translation>El ofensor ya no participa.</translation>
    </message>
</context>
<context>
    <name>ChoicesSection</name>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="53"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="54"/>
        <source>&amp;Victim</source>
        <translation>&amp;Víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="61"/>
        <source>Save &amp;choices</source>
        <translation>Guardar las preferen&amp;cias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="63"/>
        <source>Save the victim&apos;s choices (Ctrl+S)</source>
        <translation>Guardar las preferencias de la víctima (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="64"/>
        <source>The victim&apos;s choices</source>
        <translation>Las preferencias de la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="76"/>
        <source>This case has no victim taking part yet.</source>
        <translation>Este caso todavía no tiene una víctima que participe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="170"/>
        <location filename="../../ui/pages/preparation/choices_section.py" line="178"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="179"/>
        <source>Save the changes to this victim&apos;s choices first?</source>
        <translation>¿Desea guardar primero los cambios en las preferencias de esta víctima?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="268"/>
        <source>Back to preparation</source>
        <translation>De vuelta a la preparación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="270"/>
        <source>The case went back to preparation: the gates are checked again before a joint session.</source>
        <translation>El caso volvió a la preparación: los requisitos se verifican de nuevo antes de una sesión conjunta.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="41"/>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="68"/>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="43"/>
        <source>Closing reason</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="49"/>
        <source>Why the case is closed</source>
        <translation>Por qué se cierra el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="52"/>
        <source>A closed case can be reopened later, with a reason; its history stays.</source>
        <translation>Un caso cerrado puede reabrirse más adelante indicando un motivo; su historial se conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="57"/>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="59"/>
        <source>Summary of how the case ended</source>
        <translation>Resumen de cómo terminó el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="60"/>
        <source>&amp;Summary *</source>
        <translation>&amp;Resumen *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="62"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="80"/>
        <source>Write a short summary of how the case ended.</source>
        <translation>Escriba un breve resumen de cómo terminó el caso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_case_dialog.py" line="82"/>
        <source>Write why the case is closed.</source>
        <translation>Escriba por qué se cierra el caso.</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="180"/>
        <source>Check your recovery kit</source>
        <translation>Verifique su kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="183"/>
        <source>Type the recovery key from your printed kit. Dashes and capitals do not matter.</source>
        <translation>Escriba la clave de recuperación de su kit impreso. No importa si usa guiones, mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="205"/>
        <source>This is a valid key, but not the one on this kit. Did you print an older kit?</source>
        <translation>Esta clave es válida, pero no es la de este kit. ¿Imprimió un kit anterior?</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="42"/>
        <source>Conflict of interest</source>
        <translation>Conflicto de intereses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="45"/>
        <source>Mediator</source>
        <translation>Mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="46"/>
        <source>I have no &amp;conflict of interest in this case</source>
        <translation>No tengo ningún &amp;conflicto de intereses en este caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="47"/>
        <source>I &amp;have a conflict of interest:</source>
        <translation>Tengo un conflicto de &amp;intereses:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="52"/>
        <source>What the conflict is</source>
        <translation>En qué consiste el conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="53"/>
        <source>e.g. I know the offender&apos;s family</source>
        <translation>p. ej., conozco a la familia del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="56"/>
        <source>&amp;Declare</source>
        <translation>&amp;Declarar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="61"/>
        <source>&amp;Mediator</source>
        <translation>&amp;Mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="88"/>
        <source>No declaration yet.</source>
        <translation>Todavía no hay ninguna declaración.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="91"/>
        <source>Declared on {date} by {name}: a conflict of interest ({note}).</source>
        <translation>Declarado el {date} por {name}: hay un conflicto de intereses ({note}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="97"/>
        <source>Declared on {date} by {name}: no conflict of interest.</source>
        <translation>Declarado el {date} por {name}: no hay conflicto de intereses.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/conflict_box.py" line="132"/>
        <source>Choose whether you have a conflict of interest.</source>
        <translation>Indique si tiene un conflicto de intereses.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../domain/consent.py" line="22"/>
        <source>Signed consent form</source>
        <translation>Formulario de consentimiento firmado</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="23"/>
        <source>Spoken, in person</source>
        <translation>Verbal, en persona</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="24"/>
        <source>Spoken, by phone</source>
        <translation>Verbal, por teléfono</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="25"/>
        <source>Spoken, by video call</source>
        <translation>Verbal, por videollamada</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="30"/>
        <source>Informed of their rights</source>
        <translation>Se le informó de sus derechos</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="31"/>
        <source>Informed of the mediation process</source>
        <translation>Se le informó del proceso de mediación</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="32"/>
        <source>Informed of confidentiality and its limits</source>
        <translation>Se le informó de la confidencialidad y sus límites</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="33"/>
        <source>Informed of the consequences of taking part or not</source>
        <translation>Se le informó de las consecuencias de participar o no</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="36"/>
        <source>Told of the right to a lawyer</source>
        <translation>Se le informó de su derecho a un abogado</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="37"/>
        <source>Told of the right to an interpreter</source>
        <translation>Se le informó de su derecho a un intérprete</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="38"/>
        <source>Takes part voluntarily, even if court-ordered</source>
        <translation>Participa voluntariamente, aunque lo haya ordenado el tribunal</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="64"/>
        <source>Confirm each point before recording consent.</source>
        <translation>Confirme cada punto antes de registrar el consentimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="69"/>
        <source>Enter the date consent was given.</source>
        <translation>Escriba la fecha en que se otorgó el consentimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="71"/>
        <location filename="../../services/consents.py" line="129"/>
        <source>Consent cannot be dated in the future.</source>
        <translation>La fecha del consentimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="83"/>
        <source>Enter the date of withdrawal.</source>
        <translation>Escriba la fecha del retiro.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="85"/>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>La fecha del retiro no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="89"/>
        <source>A withdrawal cannot come before the consent it withdraws.</source>
        <translation>El retiro no puede ser anterior al consentimiento que retira.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="93"/>
        <source>Write the reason, in the participant&apos;s words if possible.</source>
        <translation>Escriba el motivo, con las palabras del participante si es posible.</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="109"/>
        <source>Whether they take part and a session was held</source>
        <translation>Si participa y si se realizó una sesión</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="110"/>
        <source>Whether an agreement was reached</source>
        <translation>Si se llegó a un acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="111"/>
        <source>The terms of the agreement</source>
        <translation>Los términos del acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/consent.py" line="112"/>
        <source>Whether the agreement was completed</source>
        <translation>Si se cumplió el acuerdo</translation>
    </message>
    <message>
        <location filename="../../services/consents.py" line="45"/>
        <source>Consent is recorded for victims, offenders and guardians.</source>
        <translation>El consentimiento se registra para víctimas, ofensores y padres, madres o tutores legales.</translation>
    </message>
    <message>
        <location filename="../../services/consents.py" line="87"/>
        <source>This consent has already been withdrawn.</source>
        <translation>Este consentimiento ya fue retirado.</translation>
    </message>
    <message>
        <location filename="../../services/consents.py" line="100"/>
        <source>A participant withdrew consent.</source>
        <translation>Un participante retiró su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../services/consents.py" line="125"/>
        <source>Enter the date it was given.</source>
        <translation>Escriba la fecha en que se otorgó.</translation>
    </message>
    <message>
        <location filename="../../services/consents.py" line="133"/>
        <source>The end date comes before the date it was given.</source>
        <translation>La fecha de finalización es anterior a la fecha en que se otorgó.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="96"/>
        <source>Consent of {name}</source>
        <translation>Consentimiento de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="103"/>
        <source>The participant was told *</source>
        <translation>Se informó al participante *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="115"/>
        <source>&amp;Given on *</source>
        <translation>&amp;Otorgado el *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="116"/>
        <source>&amp;How</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="118"/>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="74"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="74"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="74"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="78"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrar el consentimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="80"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="87"/>
        <location filename="../../ui/pages/preparation/consent_section.py" line="265"/>
        <source>Sharing with the referral source</source>
        <translation>Compartir información con la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="90"/>
        <source>Sharing is recorded for victims and offenders.</source>
        <translation>La autorización para compartir información se registra para víctimas y ofensores.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="102"/>
        <source>Save s&amp;haring</source>
        <translation>Guardar la &amp;autorización</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="111"/>
        <source>May be shared:</source>
        <translation>Se puede compartir:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="113"/>
        <source>Gi&amp;ven on *</source>
        <translation>&amp;Otorgada el *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="114"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="124"/>
        <source>Leave empty when it has no end date.</source>
        <translation>Déjelo vacío si no tiene fecha de finalización.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="155"/>
        <source>{role} (guardian of {name})</source>
        <translation>{role} (a cargo de {name})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="168"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="170"/>
        <source>Withdrawn {date}: {reason}</source>
        <translation>Retirado el {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="174"/>
        <source>Given {date} ({how})</source>
        <translation>Otorgado el {date} ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="208"/>
        <source>Unsaved sharing consent</source>
        <translation>Autorización para compartir sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="209"/>
        <source>Save what was changed in the sharing consent first?</source>
        <translation>¿Desea guardar primero los cambios en la autorización para compartir información?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="249"/>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="251"/>
        <source>Consent withdrawn. The case is back in preparation and its scheduled sessions are cancelled.</source>
        <translation>Se retiró el consentimiento. El caso volvió a la preparación y se cancelaron sus sesiones programadas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="267"/>
        <source>Sharing with the referral source: {name}</source>
        <translation>Compartir información con la fuente de remisión: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="271"/>
        <source>Nothing allowed yet: nothing is shared.</source>
        <translation>Todavía no se ha autorizado nada: no se comparte nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="274"/>
        <source>Allowed since {date}: {what}.</source>
        <translation>Autorizado desde el {date}: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="275"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="278"/>
        <source>Until {date}.</source>
        <translation>Hasta el {date}.</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="25"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="31"/>
        <source>Victim side: confidential, never printed on documents for the offender side.</source>
        <translation>Parte de la víctima: confidencial; nunca se imprime en documentos para la parte del ofensor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="43"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="44"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="45"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="46"/>
        <source>Emplo&amp;yer</source>
        <translation>Emp&amp;leador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="95"/>
        <source>This phone number looks unusual; check it.</source>
        <translation>Este número de teléfono parece inusual; revíselo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="101"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Esto no parece un correo electrónico; revíselo.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="59"/>
        <source>Add a meeting</source>
        <translation>Agregar una reunión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="59"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="65"/>
        <source>&amp;Took place</source>
        <translation>Se &amp;realizó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="66"/>
        <source>Leave unticked for a meeting that is planned.</source>
        <translation>Deje la casilla sin marcar si la reunión solo está prevista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="67"/>
        <source>At a set ti&amp;me</source>
        <translation>A una &amp;hora fija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="69"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="100"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="81"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="94"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="102"/>
        <source>&amp;How</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="103"/>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="104"/>
        <source>With &amp;whom *</source>
        <translation>Con &amp;quién *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="105"/>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="86"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="110"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="71"/>
        <source>Record the contact</source>
        <translation>Registrar el contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="71"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="74"/>
        <source>Planned for {day}, {side}.</source>
        <translation>Previsto para el {day}, {side}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="81"/>
        <source>&amp;Day of the contact *</source>
        <translation>&amp;Día del contacto *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="81"/>
        <source>Day of the contact</source>
        <translation>Día del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="86"/>
        <source>Notes of the contact</source>
        <translation>Notas del contacto</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="138"/>
        <source>Correct a line</source>
        <translation>Corregir una línea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="138"/>
        <source>Correct the line</source>
        <translation>Corregir la línea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="141"/>
        <source>{line} will be undone by a correcting line; nothing is deleted.</source>
        <translation>La línea {line} se anulará con una línea de corrección; no se borra nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="147"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="147"/>
        <source>Why the line is corrected</source>
        <translation>Por qué se corrige la línea</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="69"/>
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="72"/>
        <source>Type the date, or press Alt+Down for a calendar. Leave empty if not known.</source>
        <translation>Escriba la fecha o presione Alt+Flecha abajo para ver un calendario. Déjela vacía si no la sabe.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="76"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="77"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="120"/>
        <source>Type the date like {example}, or leave it empty.</source>
        <translation>Escriba la fecha como {example} o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="124"/>
        <source>Check the year.</source>
        <translation>Revise el año.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="74"/>
        <source>{document} — case {number}</source>
        <translation>{document} — caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="79"/>
        <source>Page image</source>
        <translation>Imagen de la página</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="84"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="86"/>
        <source>P&amp;revious page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="87"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág / Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="88"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="89"/>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág / Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="91"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="92"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="93"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="94"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Ampliar (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="95"/>
        <source>&amp;Fit width</source>
        <translation>A&amp;justar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="96"/>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation>Ajustar la página al ancho de la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="98"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="99"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="100"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="190"/>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="192"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="197"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="246"/>
        <source>Print {document}</source>
        <translation>Imprimir: {document}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="251"/>
        <source>Sending to the printer…</source>
        <translation>Enviando a la impresora…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="258"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="265"/>
        <source>Sent to {printer}.</source>
        <translation>Se envió a {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="272"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="282"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="282"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="291"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="293"/>
        <source>Saved as {file}.</source>
        <translation>Se guardó como {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="296"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/document_preview.py" line="298"/>
        <source>Saved. This file is not encrypted: keep it where only you can read it, and delete it when it is no longer needed.</source>
        <translation>Se guardó. Este archivo no está cifrado: guárdelo donde solo usted pueda leerlo y elimínelo cuando ya no lo necesite.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../services/documents.py" line="60"/>
        <source>Restitution agreement</source>
        <translation>Acuerdo de restitución</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="61"/>
        <source>Payment schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="62"/>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="63"/>
        <source>Confidentiality agreement</source>
        <translation>Acuerdo de confidencialidad</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="64"/>
        <source>Session confirmation letter</source>
        <translation>Carta de confirmación de la sesión</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="65"/>
        <source>Referral acknowledgment</source>
        <translation>Acuse de recibo de la remisión</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="66"/>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="67"/>
        <source>Reminder letter</source>
        <translation>Carta de recordatorio</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="68"/>
        <source>Completion letter to the referral source</source>
        <translation>Carta de cumplimiento para la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="71"/>
        <source>Notice to the victim</source>
        <translation>Aviso a la víctima</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="143"/>
        <source>This case has no agreement yet.</source>
        <translation>Este caso aún no tiene un acuerdo.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="214"/>
        <source>No money term has an instalment plan for this person.</source>
        <translation>Ninguna condición económica del acuerdo tiene un plan de pagos para esta persona.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="230"/>
        <source>Choose who the document is for.</source>
        <translation>Elija para quién es el documento.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="271"/>
        <source>This person is not expected at a scheduled session.</source>
        <translation>No se espera a esta persona en ninguna sesión programada.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="63"/>
        <source>Choose a payment of this case.</source>
        <translation>Elija un pago de este caso.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="67"/>
        <source>This payment&apos;s term is not in the agreement in force.</source>
        <translation>El término de este pago no figura en el acuerdo vigente.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="71"/>
        <source>This payment was corrected: its receipt no longer holds.</source>
        <translation>Este pago se corrigió: su recibo ya no es válido.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="116"/>
        <source>This case is closed: there is nothing to remind of.</source>
        <translation>Este caso está cerrado: no hay nada que recordar.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="124"/>
        <source>A reminder is written to an offender.</source>
        <translation>El recordatorio se dirige a un ofensor.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="131"/>
        <source>Nothing is overdue: there is nothing to remind of.</source>
        <translation>No hay nada vencido: no hay nada que recordar.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="150"/>
        <source>Write this letter once the case is closed.</source>
        <translation>Redacte esta carta una vez que se cierre el caso.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring_documents.py" line="186"/>
        <source>The notice is written to a victim.</source>
        <translation>El aviso se dirige a una víctima.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="72"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="74"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="76"/>
        <source>Recipient&apos;s own</source>
        <translation>Idioma del destinatario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="79"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="81"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="82"/>
        <source>Print the &amp;signing packet…</source>
        <translation>Imprimir el paquete para &amp;firmar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="84"/>
        <source>The agreement, payment schedules and consent forms: one for each signer</source>
        <translation>El acuerdo, los calendarios de pagos y los formularios de consentimiento: uno para cada firmante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="90"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="92"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="92"/>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="145"/>
        <source>Every party (the governing text)</source>
        <translation>Todas las partes (el texto que rige)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="147"/>
        <source>Everyone who pays</source>
        <translation>Todas las personas que pagan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="153"/>
        <source>No one in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="183"/>
        <location filename="../../ui/pages/documents_panel.py" line="188"/>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="213"/>
        <source>Document not made</source>
        <translation>No se generó el documento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="233"/>
        <source>This case has no one to sign an agreement yet.</source>
        <translation>Este caso aún no tiene a nadie que firme un acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="235"/>
        <source>Print the signing packet</source>
        <translation>Imprimir el paquete para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="238"/>
        <location filename="../../ui/pages/documents_panel.py" line="275"/>
        <source>Printing the signing packet…</source>
        <translation>Imprimiendo el paquete para firmar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="238"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="240"/>
        <source>Signing packet</source>
        <translation>Paquete para firmar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="257"/>
        <source>Printing document {number} of {count}…</source>
        <translation>Imprimiendo el documento {number} de {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="284"/>
        <source>1 document sent to {printer}.</source>
        <translation>Se envió 1 documento a {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="285"/>
        <source>{count} documents sent to {printer}.</source>
        <translation>Se enviaron {count} documentos a {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents_panel.py" line="288"/>
        <source>{count} not printed.</source>
        <translation>Sin imprimir: {count}.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="60"/>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="65"/>
        <source>&amp;Done on *</source>
        <translation>&amp;Cumplido el *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="65"/>
        <source>Done on</source>
        <translation>Cumplido el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="67"/>
        <source>&amp;Evidence *</source>
        <translation>&amp;Constancia *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="67"/>
        <source>Evidence</source>
        <translation>Constancia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="68"/>
        <source>Who saw it, what was handed over.</source>
        <translation>Quién lo vio, qué se entregó.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../ui/widgets/draft_banner.py" line="23"/>
        <source>Rest&amp;ore them</source>
        <translation>&amp;Restaurarlos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_banner.py" line="24"/>
        <source>Discar&amp;d</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_banner.py" line="35"/>
        <source>Changes you had not saved were kept ({when}).</source>
        <translation>Se conservaron los cambios que no había guardado ({when}).</translation>
    </message>
</context>
<context>
    <name>FollowUpsBox</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="107"/>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="113"/>
        <source>Follow-up contacts</source>
        <translation>Contactos de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="111"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="111"/>
        <source>With</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="111"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="111"/>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="111"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="123"/>
        <source>&amp;Plan a follow-up…</source>
        <translation>&amp;Programar un seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="124"/>
        <source>Record the &amp;contact…</source>
        <translation>Registrar el &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="145"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <location filename="../../domain/gates.py" line="30"/>
        <source>Both sides take part</source>
        <translation>Participación de ambas partes</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="31"/>
        <source>Screening</source>
        <translation>Evaluación previa</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="32"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="33"/>
        <source>Pre-mediation meetings</source>
        <translation>Reuniones previas a la mediación</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="34"/>
        <source>The victim&apos;s choices</source>
        <translation>Las preferencias de la víctima</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="35"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="36"/>
        <source>Conflict of interest</source>
        <translation>Conflicto de intereses</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="37"/>
        <source>No-contact order</source>
        <translation>Orden de no contacto</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="109"/>
        <source>Screen {name}.</source>
        <translation>Evalúe a {name}.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="115"/>
        <source>{name} needs more preparation: screen again when ready.</source>
        <translation>{name} necesita más preparación: repita la evaluación cuando sea el momento.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="122"/>
        <source>{name} was screened not suitable: close the case or return it.</source>
        <translation>Según la evaluación, {name} no es apto(a): cierre el caso o devuélvalo.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="138"/>
        <source>{name} withdrew consent: nothing can be scheduled.</source>
        <translation>{name} retiró su consentimiento: no se puede programar nada.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="142"/>
        <source>Record {name}&apos;s consent.</source>
        <translation>Registre el consentimiento de {name}.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="159"/>
        <source>No victim takes part: record the victim&apos;s choices, or close the case.</source>
        <translation>Ninguna víctima participa: registre las preferencias de la víctima o cierre el caso.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="169"/>
        <source>No offender takes part: close the case or add the offender.</source>
        <translation>Ningún ofensor participa: cierre el caso o agregue al ofensor.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="190"/>
        <source>Add a parent or guardian of {name}: they consent too.</source>
        <translation>Agregue al padre, madre o tutor legal de {name}: también debe dar su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="205"/>
        <source>Meet {name} in person before the session.</source>
        <translation>Reúnase en persona con {name} antes de la sesión.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="207"/>
        <source>Meet or talk with {name} before the session.</source>
        <translation>Reúnase o hable con {name} antes de la sesión.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="216"/>
        <source>Record {name}&apos;s choices for the meeting.</source>
        <translation>Registre las preferencias de {name} para la reunión.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="225"/>
        <source>Write the safety plan: this case needs extra care.</source>
        <translation>Redacte el plan de seguridad: este caso requiere cuidado especial.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="233"/>
        <source>Declare whether you have a conflict of interest.</source>
        <translation>Declare si tiene un conflicto de intereses.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="241"/>
        <source>You declared a conflict of interest: another mediator should take the case.</source>
        <translation>Usted declaró un conflicto de intereses: otro mediador u otra mediadora debería hacerse cargo del caso.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="252"/>
        <source>The no-contact order allows only indirect forms: a shuttle or letters.</source>
        <translation>La orden de no contacto solo permite formas indirectas: mediación indirecta o cartas.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="279"/>
        <source>Consent cannot be overridden: only the participant can give it.</source>
        <translation>No se puede prescindir del consentimiento: solo el propio participante puede darlo.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="283"/>
        <source>This cannot be overridden; change the record it depends on.</source>
        <translation>No se puede prescindir de este requisito; cambie el registro del que depende.</translation>
    </message>
    <message>
        <location filename="../../domain/gates.py" line="287"/>
        <source>Write the reason for going ahead, in a sentence.</source>
        <translation>Escriba en una oración el motivo para continuar.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="23"/>
        <source>Record hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="23"/>
        <source>Record the hours</source>
        <translation>Registrar las horas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="27"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="27"/>
        <source>Day worked</source>
        <translation>Día trabajado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="32"/>
        <source>&amp;Hours *</source>
        <translation>&amp;Horas *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="32"/>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="34"/>
        <source>&amp;Site</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="34"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="37"/>
        <source>&amp;Verified by *</source>
        <translation>&amp;Verificado por *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/hours_dialog.py" line="37"/>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
</context>
<context>
    <name>InstalmentCalculator</name>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="48"/>
        <source>Instalment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="53"/>
        <source>First payment due</source>
        <translation>Vencimiento del primer pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="55"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="59"/>
        <source>By &amp;number of payments</source>
        <translation>Por &amp;número de pagos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="60"/>
        <source>By amount &amp;each</source>
        <translation>Por &amp;monto de cada pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="68"/>
        <source>Number of payments</source>
        <translation>Número de pagos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="70"/>
        <source>e.g. 50.00</source>
        <translation>p. ej., 50.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="71"/>
        <source>Amount of each payment</source>
        <translation>Monto de cada pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="73"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="73"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="74"/>
        <source>Payment schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="83"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="84"/>
        <source>&amp;First payment due *</source>
        <translation>&amp;Vencimiento del primer pago *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="87"/>
        <source>&amp;How often *</source>
        <translation>&amp;Frecuencia *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="111"/>
        <source>Enter the amount first.</source>
        <translation>Primero escriba el monto.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="153"/>
        <source>Enter when the first payment is due.</source>
        <translation>Escriba la fecha de vencimiento del primer pago.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/instalment_calculator.py" line="158"/>
        <source>Type the amount of each payment, like 50.00.</source>
        <translation>Escriba el monto de cada pago, por ejemplo 50.00.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../services/cases.py" line="50"/>
        <source>Choose who referred the case.</source>
        <translation>Elija quién remitió el caso.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="53"/>
        <source>Describe the offence.</source>
        <translation>Describa el delito.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="59"/>
        <source>Case {cases} already has this court number.</source>
        <translation>El caso {cases} ya tiene este número de causa del tribunal.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="21"/>
        <source>Enter the date the referral arrived.</source>
        <translation>Escriba la fecha en que llegó la remisión.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="25"/>
        <source>The referral cannot arrive in the future.</source>
        <translation>La fecha de recepción de la remisión no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="30"/>
        <source>The incident cannot be in the future.</source>
        <translation>La fecha del incidente no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="34"/>
        <source>The incident cannot come after the referral was received.</source>
        <translation>El incidente no puede ser posterior a la recepción de la remisión.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="38"/>
        <source>The referral source&apos;s deadline is before the referral arrived.</source>
        <translation>La fecha límite de la fuente de remisión es anterior a la llegada de la remisión.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="56"/>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="59"/>
        <source>A date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="63"/>
        <source>This person was not yet born on the incident date.</source>
        <translation>Esta persona aún no había nacido en la fecha del incidente.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="67"/>
        <source>Check the year of birth.</source>
        <translation>Revise el año de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/intake.py" line="77"/>
        <source>Others accompany this person. Remove them or link them to someone else first.</source>
        <translation>Otras personas acompañan a esta persona. Primero quítelas o vincúlelas con otra persona.</translation>
    </message>
    <message>
        <location filename="../../services/participants.py" line="213"/>
        <source>A participant no longer takes part.</source>
        <translation>Un participante dejó de participar.</translation>
    </message>
    <message>
        <location filename="../../services/participants.py" line="257"/>
        <source>This person has preparation records (screening, consent, meetings or choices). Mark them as not taking part instead: their history stays with the case.</source>
        <translation>Esta persona tiene registros de preparación (evaluación, consentimiento, reuniones o preferencias). En su lugar, márquela como que no participa: su historial se conserva en el caso.</translation>
    </message>
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="221"/>
        <source>Opening vomdesk</source>
        <translation>Cómo se abre vomdesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="222"/>
        <source>Choose how vomdesk opens on this computer.</source>
        <translation>Elija cómo se abre vomdesk en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="224"/>
        <source>Open &amp;without my passphrase while I am logged in to this computer</source>
        <translation>Abrir &amp;sin mi frase de contraseña mientras tenga la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="239"/>
        <source>The key is kept in this computer&apos;s keychain. Only use this if nobody else uses your login. After “Lock now” the passphrase is always needed.</source>
        <translation>La clave se guarda en el llavero del sistema de esta computadora. Use esta opción solo si nadie más usa su cuenta de usuario. Después de “Bloquear ahora” siempre se necesita la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="247"/>
        <source>This computer has no secure keychain that vomdesk can use, so you will type your passphrase each time. That is the safest choice anyway.</source>
        <translation>Esta computadora no tiene un llavero seguro del sistema que vomdesk pueda usar, así que escribirá su frase de contraseña cada vez. De todos modos, es la opción más segura.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="145"/>
        <source>Your recovery kit</source>
        <translation>Su kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>If you forget the passphrase, this key is the only way to open the case records. Print the kit now and keep it locked away, never with the laptop.</source>
        <translation>Si olvida la frase de contraseña, esta clave es la única manera de abrir los expedientes. Imprima el kit ahora y guárdelo bajo llave, nunca junto con la computadora portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="154"/>
        <source>I have printed or saved the kit and will &amp;keep it locked away</source>
        <translation>Ya imprimí o guardé el kit y lo &amp;mantendré bajo llave</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="50"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="51"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="52"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="53"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="54"/>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="84"/>
        <source>Choose the program&apos;s logo</source>
        <translation>Elegir el logotipo del programa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="85"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="92"/>
        <source>That file is not an image vomdesk can read. Choose a PNG or JPEG file.</source>
        <translation>Ese archivo no es una imagen que vomdesk pueda leer. Elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="99"/>
        <source>This image is too large for the letterhead, even made smaller. Choose a simpler image, such as the logo alone on a plain background.</source>
        <translation>Esta imagen es demasiado grande para el membrete, incluso reducida. Elija una imagen más sencilla, como el logotipo solo sobre un fondo liso.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="121"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/logo_field.py" line="121"/>
        <source>Damaged</source>
        <translation>Imagen dañada</translation>
    </message>
</context>
<context>
    <name>LossTable</name>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="74"/>
        <source>e.g. 125.50</source>
        <translation>p. ej., 125.50</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="79"/>
        <source>Remove line</source>
        <translation>Quitar la línea</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="94"/>
        <source>Kind of loss, line {n}</source>
        <translation>Tipo de pérdida, línea {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="95"/>
        <source>Description, line {n}</source>
        <translation>Descripción, línea {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="96"/>
        <source>Amount, line {n}</source>
        <translation>Monto, línea {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="97"/>
        <source>Remove line {n}</source>
        <translation>Quitar la línea {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="126"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="126"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="127"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="131"/>
        <source>No losses entered.</source>
        <translation>No se han registrado pérdidas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="133"/>
        <source>Add &amp;line</source>
        <translation>Agregar lí&amp;nea</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="134"/>
        <source>Add a loss</source>
        <translation>Agregar una pérdida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="136"/>
        <source>Total of losses</source>
        <translation>Total de pérdidas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_table.py" line="215"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Open Monitoring (Ctrl+M)</source>
        <translation>Abrir Seguimiento (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Switch to the restored records</source>
        <translation>Cambiar a los expedientes restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>vomdesk could not remember the folder for the next start: {error}</source>
        <translation>vomdesk no pudo recordar la carpeta para el próximo inicio: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>1 thing needs attention today — see Monitoring</source>
        <translation>1 asunto requiere atención hoy — vea Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>{count} things need attention today — see Monitoring</source>
        <translation>{count} asuntos requieren atención hoy — vea Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Backing up before closing…</source>
        <translation>Haciendo la copia de seguridad antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="38"/>
        <location filename="../../ui/widgets/masked_field.py" line="144"/>
        <source>Never printed on documents for the offender side</source>
        <translation>Nunca se imprime en documentos para la parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="43"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="133"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="133"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="138"/>
        <source>Show {field}</source>
        <translation>Mostrar {field}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="138"/>
        <source>Hide {field}</source>
        <translation>Ocultar {field}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/masked_field.py" line="147"/>
        <source>Confidential, hidden: choose Show to see it.</source>
        <translation>Confidencial, oculto: elija Mostrar para verlo.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../domain/meetings.py" line="23"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="24"/>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="25"/>
        <source>Video call</source>
        <translation>Por videollamada</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="26"/>
        <source>Letter</source>
        <translation>Por carta</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="44"/>
        <source>Enter the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="46"/>
        <source>A meeting that took place cannot be in the future.</source>
        <translation>Una reunión que ya se realizó no puede tener fecha futura.</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="50"/>
        <source>Choose who the meeting was with.</source>
        <translation>Elija con quién fue la reunión.</translation>
    </message>
    <message>
        <location filename="../../domain/meetings.py" line="52"/>
        <source>Enter a length between 0 and 480 minutes.</source>
        <translation>Escriba una duración de entre 0 y 480 minutos.</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="26"/>
        <source>Someone chosen is no longer in this case.</source>
        <translation>Una de las personas elegidas ya no forma parte de este caso.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="59"/>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="63"/>
        <source>Suggested plan</source>
        <translation>Plan sugerido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="66"/>
        <source>Practice suggests meeting the offender first, then the victim, each in person.</source>
        <translation>La práctica recomendada es reunirse primero con el ofensor y luego con la víctima, cada uno en persona.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="72"/>
        <source>The program allows preparation by phone or video instead of in person.</source>
        <translation>El programa permite hacer la preparación por teléfono o videollamada en lugar de en persona.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="82"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="82"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="82"/>
        <source>How</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="82"/>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="83"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="83"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="85"/>
        <source>Meetings and contacts</source>
        <translation>Reuniones y contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="97"/>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Agregar reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="99"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="136"/>
        <source>Took place</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="136"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="138"/>
        <source>(removed)</source>
        <translation>(quitado del caso)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="158"/>
        <source>offender</source>
        <translation>ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="158"/>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="164"/>
        <source>done {day}</source>
        <translation>realizada el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="166"/>
        <source>planned {day}</source>
        <translation>prevista para el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="168"/>
        <source>not yet</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="170"/>
        <source>{number}. Meet {name} ({role}) — {state}</source>
        <translation>{number}. Reunión con {name} ({role}) — {state}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="174"/>
        <source>Nobody on either side is taking part.</source>
        <translation>No participa nadie de ninguna de las dos partes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="229"/>
        <source>Remove meeting</source>
        <translation>Quitar la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="230"/>
        <source>Remove the meeting of {day}? Remove only one entered by mistake.</source>
        <translation>¿Desea quitar la reunión del {day}? Quite solo las que se registraron por error.</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="30"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="33"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="33"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>MissingFolder</name>
    <message>
        <location filename="../../ui/missing_folder.py" line="23"/>
        <source>Case records not found</source>
        <translation>No se encuentran los expedientes</translation>
    </message>
    <message>
        <location filename="../../ui/missing_folder.py" line="24"/>
        <source>vomdesk last opened the case records in {folder}, which cannot be found now. Plug in the disk or USB stick that holds them and choose Retry. Choose Ignore to forget that folder and open the usual one ({usual}); choose Cancel to quit.</source>
        <translation>vomdesk abrió por última vez los expedientes en {folder}, que ahora no se encuentra. Conecte el disco o la memoria USB que los contiene y elija Reintentar. Elija Ignorar para olvidar esa carpeta y abrir la habitual ({usual}); elija Cancelar para salir.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="215"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="224"/>
        <source>Nothing is missing for the next step.</source>
        <translation>No falta nada para el siguiente paso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="230"/>
        <source>C&amp;lose the case…</source>
        <translation>&amp;Cerrar el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="242"/>
        <source>Re&amp;open the case…</source>
        <translation>Reabrir el ca&amp;so…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="246"/>
        <source>Seal the case…</source>
        <translation>Sellar el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="247"/>
        <source>Show only its number until the seal is lifted</source>
        <translation>Mostrar solo su número hasta que se levante el sello</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="249"/>
        <source>Purge the case…</source>
        <translation>Depurar el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="250"/>
        <source>Remove it from the records for good</source>
        <translation>Eliminarlo definitivamente de los registros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="274"/>
        <source>Before preparation can start:</source>
        <translation>Antes de empezar la preparación:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="276"/>
        <source>Before scheduling:</source>
        <translation>Antes de programar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="278"/>
        <source>Before the agreement is signed:</source>
        <translation>Antes de firmar el acuerdo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="280"/>
        <source>Checks for this step come with its page.</source>
        <translation>Las verificaciones de este paso llegarán con su página.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="285"/>
        <source>Going ahead without: {item}</source>
        <translation>Se continúa sin: {item}</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../domain/ledger.py" line="26"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="27"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="28"/>
        <source>Passed on to the payee</source>
        <translation>Entregado al beneficiario</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="149"/>
        <location filename="../../domain/ledger.py" line="189"/>
        <source>Enter the amount, more than zero.</source>
        <translation>Escriba el monto, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="151"/>
        <source>Enter the date of the payment.</source>
        <translation>Escriba la fecha del pago.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="153"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pago no puede tener una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="155"/>
        <source>This date is before the agreement was signed.</source>
        <translation>Esta fecha es anterior a la firma del acuerdo.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="159"/>
        <source>Choose who paid.</source>
        <translation>Elija quién pagó.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="163"/>
        <source>This is more than what is owed: check the amount, or say why it is overpaid.</source>
        <translation>Esto supera lo que se debe: revise el monto o explique por qué se paga de más.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="174"/>
        <source>That line is not in this ledger.</source>
        <translation>Esa línea no figura en este registro de pagos.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="176"/>
        <source>A correction cannot be corrected: record the right payment instead.</source>
        <translation>Una corrección no se puede corregir: registre en su lugar el pago correcto.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="180"/>
        <source>This line was corrected already.</source>
        <translation>Esta línea ya se corrigió.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="182"/>
        <source>Say why the line is corrected.</source>
        <translation>Explique por qué se corrige la línea.</translation>
    </message>
    <message>
        <location filename="../../domain/ledger.py" line="191"/>
        <source>That is more than the program holds for this term.</source>
        <translation>Eso supera lo que el programa tiene en su poder para este término.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="27"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="28"/>
        <source>Service hours</source>
        <translation>Horas de servicio</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="29"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="30"/>
        <source>Follow-up contact</source>
        <translation>Contacto de seguimiento</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="31"/>
        <source>Referral source&apos;s deadline</source>
        <translation>Fecha límite de la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="32"/>
        <source>One-year follow-up</source>
        <translation>Seguimiento al año</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="45"/>
        <source>Reminder letter sent</source>
        <translation>Carta de recordatorio enviada</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="46"/>
        <source>Agreement to be amended</source>
        <translation>Acuerdo pendiente de modificación</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="47"/>
        <source>Returned to the referral source</source>
        <translation>Devuelto a la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="95"/>
        <source>After the first payment was due</source>
        <translation>Tras el vencimiento del primer pago</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="96"/>
        <source>Halfway through the agreement</source>
        <translation>A mitad del plazo del acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="97"/>
        <source>At the agreement&apos;s deadline</source>
        <translation>En la fecha límite del acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="98"/>
        <source>Planned by the mediator</source>
        <translation>Programado por el mediador(a)</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="110"/>
        <source>Money is still owed: a case with an open balance is not completed.</source>
        <translation>Aún se debe dinero: un caso con saldo pendiente no se considera cumplido.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="114"/>
        <source>Some terms are not done yet.</source>
        <translation>Algunos términos aún no se han cumplido.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="130"/>
        <source>Enter the date you checked.</source>
        <translation>Escriba la fecha en que hizo la verificación.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="132"/>
        <source>The check comes after the case was closed.</source>
        <translation>La verificación debe ser posterior al cierre del caso.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="137"/>
        <source>Enter when it was filed.</source>
        <translation>Escriba la fecha en que se presentó.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="139"/>
        <source>Only a charge within 365 days of closing counts.</source>
        <translation>Solo cuenta un cargo presentado dentro de los 365 días posteriores al cierre.</translation>
    </message>
    <message>
        <location filename="../../domain/monitoring.py" line="143"/>
        <source>Choose the level of the charge.</source>
        <translation>Elija la gravedad del cargo.</translation>
    </message>
    <message>
        <location filename="../../services/closing.py" line="39"/>
        <source>Write a short summary of how the case ended.</source>
        <translation>Escriba un breve resumen de cómo terminó el caso.</translation>
    </message>
    <message>
        <location filename="../../services/closing.py" line="86"/>
        <source>The one-year follow-up is recorded once the case is closed.</source>
        <translation>El seguimiento al año se registra una vez cerrado el caso.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="46"/>
        <source>Payments and hours are recorded once the agreement is signed.</source>
        <translation>Los pagos y las horas se registran una vez firmado el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="55"/>
        <source>Choose a term of the agreement in force.</source>
        <translation>Elija un término del acuerdo vigente.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="175"/>
        <source>Enter the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="210"/>
        <source>Hours are recorded once worked: the date cannot be ahead.</source>
        <translation>Las horas se registran una vez trabajadas: la fecha no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="214"/>
        <source>Enter the hours worked that day.</source>
        <translation>Escriba las horas trabajadas ese día.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="216"/>
        <source>Say who verified them.</source>
        <translation>Indique quién las verificó.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="244"/>
        <source>Enter the day it was done (not ahead).</source>
        <translation>Escriba el día en que se cumplió (no una fecha futura).</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="252"/>
        <source>Note the evidence: who saw it, what was handed over.</source>
        <translation>Anote la prueba de cumplimiento: quién lo vio, qué se entregó.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="259"/>
        <source>This term is already marked done.</source>
        <translation>Este término ya está marcado como cumplido.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="296"/>
        <source>Monitoring starts once the agreement is signed.</source>
        <translation>El seguimiento comienza una vez firmado el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="312"/>
        <source>Enter the day and with whom.</source>
        <translation>Escriba el día y con quién.</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="334"/>
        <source>Enter the day of the contact (not ahead).</source>
        <translation>Escriba el día del contacto (no una fecha futura).</translation>
    </message>
    <message>
        <location filename="../../services/monitoring.py" line="353"/>
        <source>Write the reason, in a sentence.</source>
        <translation>Escriba el motivo en una oración.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="73"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="80"/>
        <source>What needs attention today</source>
        <translation>Lo que requiere atención hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="83"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="84"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="85"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="86"/>
        <source>Overdue or due this week</source>
        <translation>Vencidos o que vencen esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="89"/>
        <source>Agreements with nothing due</source>
        <translation>Acuerdos sin nada pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="91"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="94"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="95"/>
        <source>Filter by case number</source>
        <translation>Filtrar por número de caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="97"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="105"/>
        <source>No agreement is being monitored and nothing is due. Cases appear here once their agreement is signed.</source>
        <translation>No hay ningún acuerdo en seguimiento ni nada pendiente. Los casos aparecen aquí una vez firmado su acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="146"/>
        <source>Due and overdue</source>
        <translation>Pendientes y vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="179"/>
        <source>1 agreement being monitored</source>
        <translation>1 acuerdo en seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="181"/>
        <source>{count} agreements being monitored</source>
        <translation>{count} acuerdos en seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="200"/>
        <source>overdue payments: {n}</source>
        <translation>pagos vencidos: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="202"/>
        <source>follow-ups due today: {n}</source>
        <translation>contactos de seguimiento para hoy: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="205"/>
        <source>referral deadlines this week: {n}</source>
        <translation>fechas límite de remisión esta semana: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="208"/>
        <source>one-year follow-ups due: {n}</source>
        <translation>seguimientos al año pendientes: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/monitoring_page.py" line="216"/>
        <source>Needs attention today — {parts}.</source>
        <translation>Requiere atención hoy — {parts}.</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="102"/>
        <source>One-year follow-up</source>
        <translation>Seguimiento al año</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="105"/>
        <source>Record the &amp;one-year follow-up…</source>
        <translation>Registrar el &amp;seguimiento al año…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="109"/>
        <source>Was a new charge filed within 365 days of closing? Status offences and technical violations do not count.</source>
        <translation>¿Se presentó un nuevo cargo dentro de los 365 días posteriores al cierre? Los delitos de estatus y las infracciones técnicas no cuentan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="134"/>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="172"/>
        <source>Monitoring starts once the agreement is signed.</source>
        <translation>El seguimiento comienza una vez firmado el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="175"/>
        <source>The case is closed: only follow-ups and the one-year check are recorded.</source>
        <translation>El caso está cerrado: solo se registran los contactos de seguimiento y el seguimiento al año.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="179"/>
        <source>Agreement version {version}, signed {day}. Still owed: {owed}.</source>
        <translation>Versión {version} del acuerdo, firmada el {day}. Saldo pendiente: {owed}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="194"/>
        <source>Checked on {day}: a new charge ({level}) filed on {filed}.</source>
        <translation>Verificado el {day}: nuevo cargo ({level}) presentado el {filed}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="200"/>
        <source>Checked on {day}: no new charge within 365 days.</source>
        <translation>Verificado el {day}: ningún cargo nuevo dentro de los 365 días.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="205"/>
        <source>Due on {day}.</source>
        <translation>Vence el {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="207"/>
        <source>Not followed for this closing reason.</source>
        <translation>No se da seguimiento con este motivo de cierre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="239"/>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="240"/>
        <source>Receipt {number} is ready. Print the receipt now?</source>
        <translation>El recibo {number} está listo. ¿Desea imprimirlo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="257"/>
        <source>Receipt not made</source>
        <translation>No se generó el recibo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="259"/>
        <source>Preparing the receipt…</source>
        <translation>Preparando el recibo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/monitoring_tab.py" line="265"/>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="75"/>
        <source>With the victim</source>
        <translation>Con la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="76"/>
        <source>With the offender</source>
        <translation>Con el ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="77"/>
        <source>With both</source>
        <translation>Con ambos</translation>
    </message>
</context>
<context>
    <name>MonitoringTableModel</name>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="180"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="181"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="182"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="183"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="184"/>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/models/monitoring_table.py" line="185"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>NewParticipantList</name>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="58"/>
        <location filename="../../ui/pages/new_participants.py" line="70"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="65"/>
        <source>Add at least the victim and the offender. You can also add them later.</source>
        <translation>Agregue al menos a la víctima y al ofensor. También puede agregarlos más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="73"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="74"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="75"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_participants.py" line="138"/>
        <source>accompanies {name}</source>
        <translation>acompaña a {name}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="25"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="27"/>
        <source>Type the passphrase again</source>
        <translation>Escriba de nuevo la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="28"/>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="30"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="36"/>
        <source>A passphrase of four or more unrelated words is strong and easy to remember, for example: river kettle maple lantern.</source>
        <translation>Una frase de contraseña de cuatro o más palabras sin relación entre sí es segura y fácil de recordar, por ejemplo: río tetera arce linterna.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="45"/>
        <source>New &amp;passphrase</source>
        <translation>Nueva &amp;frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="48"/>
        <source>Type it &amp;again</source>
        <translation>Escríbala &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_fields.py" line="71"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKitDialog</name>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="115"/>
        <source>New recovery kit</source>
        <translation>Nuevo kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="120"/>
        <source>This makes a new recovery key. Print the kit, then type the key back below. From then on, every older kit no longer opens the case records.</source>
        <translation>Esto crea una nueva clave de recuperación. Imprima el kit y luego escriba la clave abajo. A partir de entonces, ningún kit anterior podrá abrir los expedientes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="131"/>
        <source>&amp;Type the key from the printed kit</source>
        <translation>&amp;Escriba la clave del kit impreso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="142"/>
        <source>&amp;Use the new key</source>
        <translation>&amp;Usar la clave nueva</translation>
    </message>
</context>
<context>
    <name>OffenceList</name>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="74"/>
        <source>Add an o&amp;ffence</source>
        <translation>Agregar &amp;un delito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="107"/>
        <source>Record at least one offence.</source>
        <translation>Registre al menos un delito.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="164"/>
        <source>Offence {n}</source>
        <translation>Delito {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="165"/>
        <source>Offence {n}: category</source>
        <translation>Delito {n}: categoría</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="166"/>
        <source>Offence {n}: level</source>
        <translation>Delito {n}: nivel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="167"/>
        <source>Remove offence {n}</source>
        <translation>Quitar el delito {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="37"/>
        <source>What happened, e.g. vandalism of a car</source>
        <translation>Qué ocurrió, p. ej., vandalismo a un auto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offence_list.py" line="47"/>
        <source>Remove this offence</source>
        <translation>Quitar este delito</translation>
    </message>
</context>
<context>
    <name>OffenderSide</name>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="49"/>
        <source>Offender side</source>
        <translation>Parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="54"/>
        <location filename="../../ui/pages/preparation/offender_side.py" line="55"/>
        <source>Offender</source>
        <translation>Ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="57"/>
        <source>The offender ta&amp;kes part</source>
        <translation>El ofensor part&amp;icipa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="58"/>
        <source>The offender takes part</source>
        <translation>El ofensor participa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="61"/>
        <source>Offender&apos;s support person</source>
        <translation>Persona de apoyo del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="65"/>
        <source>Save offend&amp;er side</source>
        <translation>Guardar la parte del of&amp;ensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="72"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="73"/>
        <source>Parts of the day</source>
        <translation>Momentos del día</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="74"/>
        <source>Times</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="78"/>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="201"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/offender_side.py" line="202"/>
        <source>Save the changes to the offender side first?</source>
        <translation>¿Desea guardar primero los cambios de la parte del ofensor?</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="105"/>
        <source>Go ahead without a gate</source>
        <translation>Continuar sin un requisito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="108"/>
        <source>Consent and a no-contact order cannot be set aside. The reason is kept in the case history, with your name and the time.</source>
        <translation>No se puede prescindir del consentimiento ni de una orden de no contacto. El motivo queda en el historial del caso, con su nombre y la hora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="112"/>
        <source>&amp;Go ahead</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="116"/>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="117"/>
        <source>&amp;Without</source>
        <translation>&amp;Sin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="122"/>
        <source>e.g. The victim asked to meet before the plan is written; we agreed it by phone.</source>
        <translation>p. ej., la víctima pidió reunirse antes de que se redacte el plan; lo acordamos por teléfono.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="84"/>
        <source>Add a participant</source>
        <translation>Agregar un participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="84"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="91"/>
        <source>An &amp;organisation, not a person</source>
        <translation>&amp;Una organización, no una persona</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="92"/>
        <source>For example a shop or a school that was harmed.</source>
        <translation>Por ejemplo, una tienda o una escuela que sufrió daños.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="98"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="105"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Se necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="108"/>
        <source>e.g. wheelchair access, hearing loop</source>
        <translation>p. ej., rampa, audífonos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="111"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="113"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="115"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="116"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="120"/>
        <source>Acco&amp;mpanies</source>
        <translation>&amp;Acompaña a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="122"/>
        <source>Language and needs</source>
        <translation>Idioma y necesidades</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="124"/>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="126"/>
        <source>A&amp;ccessibility needs</source>
        <translation>Necesidades de a&amp;ccesibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="139"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ParticipantExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="68"/>
        <source>Export for a participant</source>
        <translation>Exportar para un participante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="70"/>
        <source>What {name} may see of case {number}</source>
        <translation>Lo que {name} puede ver del caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="82"/>
        <source>&lt;b&gt;The saved file is not encrypted.&lt;/b&gt; Hand it over in person or by a secure channel, and delete your copy when it is no longer needed.</source>
        <translation>&lt;b&gt;El archivo guardado no está cifrado.&lt;/b&gt; Entréguelo en persona o por un medio seguro, y elimine su copia cuando ya no la necesite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="94"/>
        <source>The export is recorded in the audit trail.</source>
        <translation>La exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="104"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="124"/>
        <source>their own details and contact information, as recorded;</source>
        <translation>sus propios datos personales y de contacto, tal como constan;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="125"/>
        <source>the case number and stage, the referral facts and the offences;</source>
        <translation>el número y la etapa del caso, los hechos de la remisión y los delitos;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="126"/>
        <source>the names and roles of the other people in the case, nothing more;</source>
        <translation>los nombres y las funciones de las demás personas del caso, nada más;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="128"/>
        <source>their own screenings and consents, the parts of the safety plan for their side, and the terms of the agreement.</source>
        <translation>sus propias evaluaciones y consentimientos, las partes del plan de seguridad que corresponden a su parte y los términos del acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="133"/>
        <source>It never holds anyone else&apos;s contact details, the mediator&apos;s screening reasons, or notes of the meeting.</source>
        <translation>Nunca incluye los datos de contacto de otras personas, los motivos de evaluación del mediador(a) ni las notas de la reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="137"/>
        <source>their own wishes for the meeting;</source>
        <translation>sus propios deseos para la reunión;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="141"/>
        <source>Nothing the victim side told in confidence is in it: no contact details, wishes for the meeting, or arrival and waiting arrangements.</source>
        <translation>No incluye nada de lo que la parte de la víctima dijo en confianza: ni datos de contacto, ni deseos para la reunión, ni arreglos de llegada y espera.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="147"/>
        <source>The file holds:</source>
        <translation>El archivo contiene:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="162"/>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="164"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="184"/>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="206"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="191"/>
        <source>Replace the file?</source>
        <translation>¿Desea reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="192"/>
        <source>{file} already exists. Replace it with this export?</source>
        <translation>{file} ya existe. ¿Desea reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="218"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="220"/>
        <source>Saved to {path}. This file is not encrypted: hand it over safely, and delete your copy when it is no longer needed.</source>
        <translation>Se guardó en {path}. Este archivo no está cifrado: entréguelo de forma segura y elimine su copia cuando ya no la necesite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="230"/>
        <source>The export could not be saved there ({reason}). Choose another place.</source>
        <translation>No se pudo guardar la exportación en esa ubicación ({reason}). Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_export_dialog.py" line="235"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Accompanies</source>
        <translation>Acompaña a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="62"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="62"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="70"/>
        <source>Victim side</source>
        <translation>Parte de la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="70"/>
        <source>Offender side</source>
        <translation>Parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="71"/>
        <source>Neutral</source>
        <translation>Imparcial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="78"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="93"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="105"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="106"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="107"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="109"/>
        <source>E&amp;xport for this participant…</source>
        <translation>E&amp;xportar para este participante…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="112"/>
        <source>A data-access export: only what this participant may see</source>
        <translation>Exportación de acceso a datos: solo lo que este participante puede ver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="161"/>
        <source>Contact of {name}</source>
        <translation>Contacto de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="221"/>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="222"/>
        <source>Remove {name} from this case?</source>
        <translation>¿Desea quitar a {name} de este caso?</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <location filename="../../domain/parties.py" line="26"/>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="27"/>
        <source>Offender</source>
        <translation>Ofensor</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="28"/>
        <source>Parent or guardian</source>
        <translation>Padre, madre o tutor legal</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="29"/>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="30"/>
        <source>Victim advocate</source>
        <translation>Defensor(a) de víctimas</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="31"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="32"/>
        <source>Attorney</source>
        <translation>Abogado(a)</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="33"/>
        <source>Probation officer</source>
        <translation>Oficial de libertad condicional</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="34"/>
        <source>Community member</source>
        <translation>Miembro de la comunidad</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="35"/>
        <source>Co-mediator</source>
        <translation>Comediador(a)</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="78"/>
        <source>Choose whom this parent or guardian accompanies.</source>
        <translation>Elija a quién acompaña este padre, madre o tutor legal.</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="81"/>
        <source>Only a companion can accompany someone.</source>
        <translation>Solo un acompañante puede acompañar a alguien.</translation>
    </message>
    <message>
        <location filename="../../domain/parties.py" line="83"/>
        <source>A companion accompanies a victim or an offender.</source>
        <translation>Un acompañante acompaña a una víctima o a un ofensor.</translation>
    </message>
</context>
<context>
    <name>PassOnDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="162"/>
        <source>Pass on to the payee</source>
        <translation>Entregar al beneficiario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="162"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="166"/>
        <source>The program holds {amount} for this term.</source>
        <translation>El programa tiene {amount} en su poder para este término.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="170"/>
        <source>&amp;Amount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="170"/>
        <source>Amount passed on</source>
        <translation>Monto entregado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="173"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="173"/>
        <source>Date passed on</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="175"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="175"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="120"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>You will type it each time you open vomdesk. Nobody can reset it for you: the recovery kit on the next page is the only other way in.</source>
        <translation>La escribirá cada vez que abra vomdesk. Nadie puede restablecerla por usted: el kit de recuperación de la página siguiente es la única otra forma de entrar.</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="41"/>
        <source>Use at least {min_length} characters. Four unrelated words are easy to remember.</source>
        <translation>Use al menos {min_length} caracteres. Cuatro palabras sin relación entre sí son fáciles de recordar.</translation>
    </message>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="45"/>
        <source>This is one of the first passwords anyone would try. Choose your own words.</source>
        <translation>Esta es una de las primeras contraseñas que cualquiera probaría. Elija sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="49"/>
        <source>Do not use the program&apos;s or your own name: others know them.</source>
        <translation>No use el nombre del programa ni su propio nombre: otras personas los conocen.</translation>
    </message>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="52"/>
        <source>Too easy to guess: avoid repeated characters and runs like 1234 or abcd. Add another word or two.</source>
        <translation>Demasiado fácil de adivinar: evite caracteres repetidos y secuencias como 1234 o abcd. Agregue una o dos palabras más.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="22"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="23"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="24"/>
        <source>Money order</source>
        <translation>Giro postal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="25"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="26"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="45"/>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="45"/>
        <source>Record the payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="48"/>
        <source>e.g. 120.00</source>
        <translation>p. ej., 120.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="49"/>
        <source>&amp;Amount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="52"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="52"/>
        <source>Date of the payment</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="56"/>
        <source>&amp;Paid by *</source>
        <translation>&amp;Pagado por *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="56"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="60"/>
        <source>&amp;Method</source>
        <translation>&amp;Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="60"/>
        <source>Method</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="63"/>
        <source>&amp;Received by</source>
        <translation>&amp;Recibido por</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="63"/>
        <source>Received by</source>
        <translation>Recibido por</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="66"/>
        <source>Not for a particular instalment</source>
        <translation>No corresponde a una cuota específica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="69"/>
        <source>No. {number}: {amount} due {due}</source>
        <translation>N.º {number}: {amount}, vence el {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="74"/>
        <source>&amp;Instalment</source>
        <translation>&amp;Cuota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="74"/>
        <source>Instalment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="78"/>
        <source>&amp;Why more than owed *</source>
        <translation>Por qué &amp;excede lo adeudado *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="80"/>
        <source>Why more than what is owed</source>
        <translation>Por qué excede lo adeudado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="107"/>
        <source>Still owed: {amount}. This is more than what is owed.</source>
        <translation>Saldo pendiente: {amount}. Este monto es mayor que lo adeudado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/payment_dialog.py" line="111"/>
        <source>Still owed: {amount}.</source>
        <translation>Saldo pendiente: {amount}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="43"/>
        <source>Plan a follow-up</source>
        <translation>Programar un contacto de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="43"/>
        <source>Plan</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="46"/>
        <source>&amp;Day *</source>
        <translation>&amp;Día *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="46"/>
        <source>Planned on</source>
        <translation>Fecha programada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="51"/>
        <source>&amp;With *</source>
        <translation>&amp;Con *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="51"/>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="53"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/follow_ups.py" line="53"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <location filename="../../ui/pages/preparation/choices_section.py" line="42"/>
        <source>Choices</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/consent_section.py" line="65"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/meetings_section.py" line="52"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="57"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="49"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="69"/>
        <source>Screening</source>
        <translation>Evaluación previa</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <location filename="../../ui/pages/preparation/preparation_page.py" line="60"/>
        <source>Preparation pages</source>
        <translation>Páginas de preparación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/preparation_page.py" line="95"/>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/preparation_page.py" line="95"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/texts.py" line="35"/>
        <source>Something went wrong: {error}</source>
        <translation>Ocurrió un problema: {error}</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="55"/>
        <source>Your program</source>
        <translation>Su programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="58"/>
        <source>These details go on the letterhead of letters and agreements. You can change them later in Settings.</source>
        <translation>Estos datos aparecen en el membrete de las cartas y los acuerdos. Puede cambiarlos más tarde en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="63"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>Program address</source>
        <translation>Dirección del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="70"/>
        <source>Program phone</source>
        <translation>Teléfono del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72"/>
        <source>Mediator name</source>
        <translation>Nombre del mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="74"/>
        <source>Program &amp;name *</source>
        <translation>Nombre del &amp;programa *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="75"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77"/>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80"/>
        <source>New computer, or replacing a lost one? Restore your case records from a backup instead of setting up new ones.</source>
        <translation>¿Es una computadora nueva o reemplaza una que se perdió? Restaure sus expedientes desde una copia de seguridad en lugar de configurar unos nuevos.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="85"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="87"/>
        <source>Into a new, empty folder; opened with the backup&apos;s passphrase or recovery kit</source>
        <translation>En una carpeta nueva y vacía; se abre con la frase de contraseña o el kit de recuperación de la copia</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="44"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="52"/>
        <source>Red flag on {answer}</source>
        <translation>Señal de alerta si la respuesta es {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="54"/>
        <source>&amp;Question *</source>
        <translation>&amp;Pregunta *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="61"/>
        <source>Red flag when the answer is</source>
        <translation>Señal de alerta si la respuesta es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="66"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="67"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/question_dialog.py" line="80"/>
        <source>Type the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../domain/readiness.py" line="64"/>
        <source>Add the victim.</source>
        <translation>Agregue a la víctima.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="66"/>
        <source>Add the offender.</source>
        <translation>Agregue al ofensor.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="68"/>
        <source>Record the offence.</source>
        <translation>Registre el delito.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="71"/>
        <source>Enter the incident date.</source>
        <translation>Escriba la fecha del incidente.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="82"/>
        <source>Enter the offender&apos;s date of birth (juvenile or adult).</source>
        <translation>Escriba la fecha de nacimiento del ofensor (menor de edad o adulto).</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="91"/>
        <source>Add a parent or guardian for the juvenile offender.</source>
        <translation>Agregue al padre, madre o tutor legal del ofensor menor de edad.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="100"/>
        <source>Note what the no-contact order allows.</source>
        <translation>Anote lo que permite la orden de no contacto.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="56"/>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="67"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecidivismDialog</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="47"/>
        <source>One-year follow-up</source>
        <translation>Seguimiento al año</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="47"/>
        <source>Record the follow-up</source>
        <translation>Registrar el seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="52"/>
        <source>&amp;Checked on *</source>
        <translation>Fecha de &amp;verificación *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="52"/>
        <source>Checked on</source>
        <translation>Fecha de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="54"/>
        <source>A &amp;new charge was filed within 365 days of closing</source>
        <translation>Se presentó un nuevo &amp;cargo dentro de los 365 días posteriores al cierre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="55"/>
        <source>New charge within 365 days</source>
        <translation>Nuevo cargo dentro de los 365 días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="57"/>
        <source>Status offences and technical violations do not count as a new charge.</source>
        <translation>Los delitos de estatus y las infracciones técnicas no cuentan como nuevo cargo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="61"/>
        <source>Charge &amp;filed on</source>
        <translation>&amp;Fecha de presentación del cargo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="61"/>
        <source>Charge filed on</source>
        <translation>Fecha de presentación del cargo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="64"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="65"/>
        <source>Misdemeanour</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="66"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="67"/>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="67"/>
        <source>Level of the charge</source>
        <translation>Nivel del cargo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="69"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/closing_dialog.py" line="69"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="23"/>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="28"/>
        <source>Type the recovery key from your printed kit, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Escriba la clave de recuperación de su kit impreso y luego elija una nueva frase de contraseña. La frase de contraseña anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="36"/>
        <source>&amp;Open and set passphrase</source>
        <translation>&amp;Abrir y establecer la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="39"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="69"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="../../domain/recovery_key.py" line="32"/>
        <source>Type all seven groups of the recovery key.</source>
        <translation>Escriba los siete grupos de la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../domain/recovery_key.py" line="35"/>
        <source>Typing mistake: compare group {groups} with the printed kit.</source>
        <translation>Error de escritura: compare el grupo {groups} con el kit impreso.</translation>
    </message>
    <message>
        <location filename="../../domain/recovery_key.py" line="38"/>
        <source>The recovery key has more characters than it should.</source>
        <translation>La clave de recuperación tiene más caracteres de los que debe.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../ui/widgets/recovery_key_edit.py" line="21"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPanel</name>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="35"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="36"/>
        <source>&amp;Save the kit as PDF…</source>
        <translation>&amp;Guardar el kit como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="37"/>
        <source>&amp;Print the kit…</source>
        <translation>&amp;Imprimir el kit…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="59"/>
        <source>Save the recovery kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="75"/>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Se guardó en {path}. Imprímalo y luego elimine el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="83"/>
        <source>Recovery kit not saved</source>
        <translation>No se guardó el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="85"/>
        <source>The kit could not be saved there ({reason}). Choose another place.</source>
        <translation>No se pudo guardar el kit en ese lugar ({reason}). Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="90"/>
        <source>Saving the kit…</source>
        <translation>Guardando el kit…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="94"/>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="103"/>
        <source>Sent to the printer. Keep the sheet locked away.</source>
        <translation>Se envió a la impresora. Guarde la hoja bajo llave.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="108"/>
        <source>Recovery kit not printed</source>
        <translation>No se imprimió el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="112"/>
        <source>Printing the kit…</source>
        <translation>Imprimiendo el kit…</translation>
    </message>
</context>
<context>
    <name>ReferralFields</name>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="73"/>
        <source>Choose who referred the case</source>
        <translation>Elija quién remitió el caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="78"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="91"/>
        <source>&amp;No-contact order</source>
        <translation>&amp;Orden de no contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="93"/>
        <source>Contact through the &amp;mediation program is allowed</source>
        <translation>Se permite el contacto a tra&amp;vés del programa de mediación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="120"/>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="121"/>
        <source>Date &amp;received *</source>
        <translation>&amp;Fecha de recepción *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="122"/>
        <source>&amp;Who referred *</source>
        <translation>Re&amp;mitido por *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="123"/>
        <source>A&amp;gency</source>
        <translation>Agencia u organi&amp;zación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="124"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="125"/>
        <source>Contac&amp;t</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="127"/>
        <source>Justice</source>
        <translation>Proceso judicial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="128"/>
        <source>&amp;Justice stage</source>
        <translation>Etapa &amp;judicial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="129"/>
        <source>&amp;Court number</source>
        <translation>Número de causa del tri&amp;bunal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="130"/>
        <source>Prosecutor n&amp;umber</source>
        <translation>&amp;Número de la fiscalía</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="131"/>
        <source>Dead&amp;line</source>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="132"/>
        <source>Deadline &amp;kind</source>
        <translation>&amp;Tipo de fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="135"/>
        <source>Offences *</source>
        <translation>Delitos *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="135"/>
        <source>Offences</source>
        <translation>Delitos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="137"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="138"/>
        <source>&amp;Incident date</source>
        <translation>Fecha del &amp;incidente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="139"/>
        <source>Where it &amp;happened</source>
        <translation>Lugar de los &amp;hechos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="141"/>
        <source>Care and safety</source>
        <translation>Cuidado y seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="143"/>
        <source>Offences the program excludes or handles with extra care:</source>
        <translation>Delitos que el programa excluye o trata con cuidado especial:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="153"/>
        <source>Note a&amp;bout the order</source>
        <translation>Nota &amp;sobre la orden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_fields.py" line="267"/>
        <source>Choose who referred the case.</source>
        <translation>Elija quién remitió el caso.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="54"/>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="56"/>
        <source>Fields marked * are needed to save. Everything typed is kept.</source>
        <translation>Los campos marcados con * son necesarios para guardar. Todo lo que escriba se conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="67"/>
        <source>Save the referral (Ctrl+S)</source>
        <translation>Guardar la remisión (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="109"/>
        <source>Not saved yet</source>
        <translation>Aún no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="154"/>
        <source>Referral not saved</source>
        <translation>No se guardó la remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="161"/>
        <source>Saved as case {number} at {time}</source>
        <translation>Se guardó como caso {number} a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="175"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="193"/>
        <source>Unsaved referral</source>
        <translation>Remisión sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/referral_form.py" line="194"/>
        <source>Save this referral before leaving?</source>
        <translation>¿Desea guardar esta remisión antes de salir?</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="47"/>
        <source>Save the referral (Ctrl+S)</source>
        <translation>Guardar la remisión (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="80"/>
        <location filename="../../ui/pages/case_referral.py" line="81"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="109"/>
        <source>Nothing to save: no field was changed.</source>
        <translation>No hay nada que guardar: no se cambió ningún campo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="118"/>
        <source>Referral not saved</source>
        <translation>No se guardó la remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="123"/>
        <source>Saved at {time}</source>
        <translation>Se guardó a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_referral.py" line="130"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../domain/referrals.py" line="24"/>
        <source>Judge</source>
        <translation>Juez(a)</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="25"/>
        <source>Probation officer</source>
        <translation>Oficial de libertad condicional</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="26"/>
        <source>Victim advocate</source>
        <translation>Defensor(a) de víctimas</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="27"/>
        <source>Prosecutor</source>
        <translation>Fiscal</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="28"/>
        <source>Defense attorney</source>
        <translation>Abogado defensor</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="29"/>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="30"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="31"/>
        <location filename="../../domain/referrals.py" line="63"/>
        <location filename="../../domain/referrals.py" line="76"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="45"/>
        <source>Diversion before charge</source>
        <translation>Desvío antes de presentar cargos</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="46"/>
        <source>Pre-adjudication</source>
        <translation>Antes de la adjudicación</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="47"/>
        <source>Post-adjudication, condition of probation</source>
        <translation>Después de la adjudicación, como condición de la libertad condicional</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="50"/>
        <source>Post-sentence</source>
        <translation>Después de la sentencia</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="61"/>
        <source>Property</source>
        <translation>Contra la propiedad</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="62"/>
        <source>Person</source>
        <translation>Contra las personas</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="74"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="75"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="90"/>
        <source>Sexual offence</source>
        <translation>Delito sexual</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="91"/>
        <source>Domestic or partner violence</source>
        <translation>Violencia doméstica o de pareja</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="92"/>
        <source>Stalking</source>
        <translation>Acecho</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="93"/>
        <source>Serious violence</source>
        <translation>Violencia grave</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="98"/>
        <source>Report due</source>
        <translation>Entrega de informe</translation>
    </message>
    <message>
        <location filename="../../domain/referrals.py" line="99"/>
        <source>Court date</source>
        <translation>Audiencia</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="33"/>
        <source>Reopen the case</source>
        <translation>Reabrir el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="35"/>
        <source>Reopen at</source>
        <translation>Reabrir en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="41"/>
        <source>Why the case is reopened</source>
        <translation>Por qué se reabre el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="43"/>
        <source>The case&apos;s history keeps its closing and this reopening.</source>
        <translation>El historial del caso conserva su cierre y esta reapertura.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="47"/>
        <source>Reopen &amp;at</source>
        <translation>Reabrir &amp;en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="48"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="54"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_dialog.py" line="65"/>
        <source>Write why the case is reopened.</source>
        <translation>Escriba por qué se reabre el caso.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="54"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="60"/>
        <source>Restores a backup, for example from a USB stick, into a new, empty folder on this computer. You then open it with the backup&apos;s passphrase or recovery kit.</source>
        <translation>Restaura una copia de seguridad, por ejemplo desde una memoria USB, en una carpeta nueva y vacía de esta computadora. Luego se abre con la frase de contraseña o el kit de recuperación de la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="65"/>
        <source>Restores a backup into a new, empty folder. The case records open now are not changed.</source>
        <translation>Restaura una copia de seguridad en una carpeta nueva y vacía. Los expedientes que tiene abiertos ahora no se modifican.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="70"/>
        <source>Backup folder</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="71"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="72"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="78"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="81"/>
        <source>&amp;Look inside</source>
        <translation>&amp;Ver el contenido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="86"/>
        <source>New folder for the restored records</source>
        <translation>Nueva carpeta para los expedientes restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="86"/>
        <source>Ch&amp;oose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="90"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="98"/>
        <source>&amp;Open the restored records</source>
        <translation>&amp;Abrir los expedientes restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="100"/>
        <source>&amp;Switch to the restored records now</source>
        <translation>&amp;Usar ahora los expedientes restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="103"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="114"/>
        <source>&amp;Backup</source>
        <translation>Copia de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="115"/>
        <source>Open it with</source>
        <translation>Abrirla con</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="119"/>
        <source>&amp;New folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="175"/>
        <source>This folder is not empty. Choose a new, empty folder: a restore never writes over other files.</source>
        <translation>Esta carpeta no está vacía. Elija una carpeta nueva y vacía: una restauración nunca sobrescribe otros archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="196"/>
        <source>Look inside the backup first</source>
        <translation>Primero vea el contenido de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="219"/>
        <source>Opening the backup and checking it…</source>
        <translation>Abriendo y verificando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="224"/>
        <source>Checking the backup…</source>
        <translation>Verificando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="232"/>
        <source>Made {when} · {cases} cases · {size}</source>
        <translation>Creada el {when} · {cases} casos · {size}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="250"/>
        <source>Restoring and checking the copy…</source>
        <translation>Restaurando y verificando la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="263"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_restore_dialog.py" line="290"/>
        <source>Restored into {folder} ({cases} cases). Open it with the backup&apos;s passphrase or recovery kit.</source>
        <translation>Se restauró en {folder} ({cases} casos). Ábrala con la frase de contraseña o el kit de recuperación de la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../domain/retention.py" line="67"/>
        <source>This case has an agreement still being monitored: close it before purging.</source>
        <translation>Este caso tiene un acuerdo que aún está en seguimiento: ciérrelo antes de depurarlo.</translation>
    </message>
    <message>
        <location filename="../../domain/retention.py" line="72"/>
        <source>Only a closed case can be purged.</source>
        <translation>Solo se puede depurar un caso cerrado.</translation>
    </message>
    <message>
        <location filename="../../domain/retention.py" line="79"/>
        <source>Only a closed case can be sealed.</source>
        <translation>Solo se puede sellar un caso cerrado.</translation>
    </message>
    <message>
        <location filename="../../domain/retention.py" line="81"/>
        <source>This case is already sealed.</source>
        <translation>Este caso ya está sellado.</translation>
    </message>
    <message>
        <location filename="../../domain/retention.py" line="88"/>
        <source>Write the reason in a few words (at least 10 letters).</source>
        <translation>Escriba el motivo en pocas palabras (al menos 10 letras).</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="47"/>
        <source>Purge case {number}</source>
        <translation>Depurar el caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="48"/>
        <source>Retention: cases due</source>
        <translation>Política de conservación: casos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="53"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="53"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="53"/>
        <source>To do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="53"/>
        <source>Due since</source>
        <translation>Pendiente desde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="55"/>
        <source>Cases due under the retention policy</source>
        <translation>Casos pendientes según la política de conservación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="62"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="69"/>
        <source>Purging cannot be undone: the case is removed from every table, draft and attachment, and the automatic backups that still hold it are replaced by a new one. The audit trail keeps only the case number.</source>
        <translation>La depuración no se puede deshacer: el caso se elimina de todas las tablas, borradores y archivos adjuntos, y las copias de seguridad automáticas que aún lo contienen se reemplazan por una nueva. El registro de auditoría conserva solo el número de caso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="77"/>
        <source>Backups made elsewhere that still hold the cases</source>
        <translation>Copias de seguridad hechas en otro lugar que aún contienen los casos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="81"/>
        <source>Apply to the ticked cases</source>
        <translation>Aplicar a los casos marcados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="101"/>
        <source>Looking through the cases…</source>
        <translation>Revisando los casos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="111"/>
        <source>Purge this closed case now, outside the program&apos;s policy.</source>
        <translation>Depurar ahora este caso cerrado, al margen de la política del programa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="113"/>
        <source>The program has no retention policy: set one in Settings.</source>
        <translation>El programa no tiene una política de conservación: establezca una en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="117"/>
        <source>closed cases are purged one year after closing</source>
        <translation>los casos cerrados se depuran un año después del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="118"/>
        <source>closed cases are purged {years} years after closing</source>
        <translation>los casos cerrados se depuran {years} años después del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="122"/>
        <source>closed juvenile cases are sealed one year after closing</source>
        <translation>los casos juveniles cerrados se sellan un año después del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="124"/>
        <source>closed juvenile cases are sealed {years} years after closing</source>
        <translation>los casos juveniles cerrados se sellan {years} años después del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="126"/>
        <source>The program&apos;s policy: {rules}.</source>
        <translation>Política del programa: {rules}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="132"/>
        <source>No case is due today.</source>
        <translation>Hoy no hay ningún caso pendiente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="144"/>
        <source>Purge</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="144"/>
        <source>Seal</source>
        <translation>Sellar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="166"/>
        <source>Tick at least one case.</source>
        <translation>Marque al menos un caso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="171"/>
        <source>Purge the ticked cases ({count}) for good? A purge cannot be undone.</source>
        <translation>¿Desea depurar definitivamente los casos marcados ({count})? Una depuración no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="174"/>
        <source>Seal the ticked cases ({count})?</source>
        <translation>¿Desea sellar los casos marcados ({count})?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="177"/>
        <source>Seal {sealed} and purge {purged} of the ticked cases? A purge cannot be undone.</source>
        <translation>¿Desea sellar {sealed} y depurar {purged} de los casos marcados? Una depuración no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="193"/>
        <source>Purging…</source>
        <translation>Depurando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="193"/>
        <source>Sealing…</source>
        <translation>Sellando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="223"/>
        <source>Sealed: {numbers}.</source>
        <translation>Sellados: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="226"/>
        <source>Purged: {numbers}.</source>
        <translation>Depurados: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="229"/>
        <source>The file could not be rebuilt (no room on the disk): the purged records are gone, but freed space keeps their encrypted old content until the next purge.</source>
        <translation>No se pudo reconstruir el archivo (no hay espacio en el disco): los expedientes depurados ya no están, pero el espacio liberado conserva su contenido anterior cifrado hasta la próxima depuración.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="234"/>
        <source>The new automatic backup could not be made ({problem}); the older automatic backups, which still hold the purged cases, were kept. Back up again soon.</source>
        <translation>No se pudo hacer la nueva copia de seguridad automática ({problem}); se conservaron las copias automáticas anteriores, que aún contienen los casos depurados. Vuelva a hacer una copia de seguridad pronto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="239"/>
        <source>The older automatic backup was replaced by a new one.</source>
        <translation>La copia automática anterior se reemplazó por una nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="241"/>
        <source>{count} older automatic backups were replaced by a new one.</source>
        <translation>Se reemplazaron {count} copias de seguridad automáticas anteriores por una nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="245"/>
        <source>These backups were made elsewhere before the purge and still hold the purged cases. Destroy them (or the USB sticks they are on):</source>
        <translation>Estas copias de seguridad se hicieron en otro lugar antes de la depuración y aún contienen los casos depurados. Destrúyalas (o destruya las memorias USB en las que están):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="254"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="32"/>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="37"/>
        <source>Purge closed cases after (years)</source>
        <translation>Depurar los casos cerrados después de (años)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="39"/>
        <source>Seal closed juvenile cases after (years)</source>
        <translation>Sellar los casos juveniles cerrados después de (años)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="43"/>
        <source>0 means never. Nothing is sealed or purged by itself: review the cases due, untick what must wait, and confirm. Save the settings first.</source>
        <translation>0 significa nunca. Nada se sella ni se depura automáticamente: revise los casos pendientes, desmarque los que deban esperar y confirme. Primero guarde la configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="49"/>
        <source>Review cases due…</source>
        <translation>Revisar los casos pendientes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_panel.py" line="63"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../services/safety.py" line="34"/>
        <source>Say what ends the meeting, so everyone knows it beforehand.</source>
        <translation>Indique los motivos para terminar la reunión, para que todos los conozcan de antemano.</translation>
    </message>
    <message>
        <location filename="../../services/safety.py" line="63"/>
        <source>Enter the mediator&apos;s name.</source>
        <translation>Escriba el nombre del mediador(a).</translation>
    </message>
    <message>
        <location filename="../../services/safety.py" line="65"/>
        <source>Describe the conflict of interest.</source>
        <translation>Describa el conflicto de intereses.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="76"/>
        <source>Save the safety plan (Ctrl+S)</source>
        <translation>Guardar el plan de seguridad (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="97"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="101"/>
        <source>&amp;Victim arrives</source>
        <translation>Llegada de la &amp;víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="102"/>
        <source>Victim &amp;waits in</source>
        <translation>Lugar de &amp;espera de la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="103"/>
        <source>&amp;Offender arrives</source>
        <translation>Llegada del &amp;ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="104"/>
        <source>Offender wa&amp;its in</source>
        <translation>Lugar de espera del o&amp;fensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="105"/>
        <source>Dep&amp;arture (staggered)</source>
        <translation>&amp;Salida (escalonada)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="106"/>
        <source>Su&amp;pport present</source>
        <translation>&amp;Apoyo presente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="107"/>
        <source>What &amp;ends the meeting *</source>
        <translation>Motivos para &amp;terminar la reunión *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="108"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="111"/>
        <source>e.g. 9:45 by the side door</source>
        <translation>p. ej., 9:45 por la puerta lateral</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="112"/>
        <source>e.g. 10:00 by the main door</source>
        <translation>p. ej., 10:00 por la puerta principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="113"/>
        <source>e.g. The victim leaves first; the offender 15 minutes later</source>
        <translation>p. ej., la víctima sale primero; el ofensor, 15 minutos después</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="114"/>
        <source>e.g. Victim advocate in the building</source>
        <translation>p. ej., defensor(a) de víctimas en el edificio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="115"/>
        <source>e.g. Either party asks to stop, or raised voices</source>
        <translation>p. ej., una de las partes pide detenerse o alguien alza la voz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="117"/>
        <source>Never printed on documents for the offender side</source>
        <translation>Nunca se imprime en documentos para la parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="138"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="157"/>
        <source>Going ahead without a gate</source>
        <translation>Continuar sin un requisito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="159"/>
        <source>Gates set aside</source>
        <translation>Requisitos omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="163"/>
        <source>&amp;Go ahead without…</source>
        <translation>Contin&amp;uar sin…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="184"/>
        <source>This case is flagged for extra care: a safety plan is required before scheduling.</source>
        <translation>Este caso está marcado para cuidado especial: se requiere un plan de seguridad antes de programar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="190"/>
        <source>A safety plan is optional for this case, and always a good idea.</source>
        <translation>En este caso el plan de seguridad es opcional, pero siempre es recomendable.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="226"/>
        <source>{gate}: {reason} ({name}, {when})</source>
        <translation>{gate}: {reason} ({name}, {when})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="232"/>
        <source>{text}, lapsed on {date}</source>
        <translation>{text}, sin efecto desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="239"/>
        <source>No gate has been set aside.</source>
        <translation>No se ha omitido ningún requisito.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="243"/>
        <source>Nothing that may be set aside is missing now.</source>
        <translation>Por ahora no falta nada que se pueda omitir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="308"/>
        <location filename="../../ui/pages/preparation/safety_section.py" line="309"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="330"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/safety_section.py" line="336"/>
        <source>Saved at {time}</source>
        <translation>Se guardó a las {time}</translation>
    </message>
</context>
<context>
    <name>SamePersonPanel</name>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="92"/>
        <source>, born {date}</source>
        <translation>, nacido(a) el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="93"/>
        <source>{name}{born}, in case {cases}</source>
        <translation>{name}{born}, en el caso {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="102"/>
        <source>The same person as {who}. Both cases share this person.</source>
        <translation>La misma persona que {who}. Ambos casos comparten a esta persona.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="107"/>
        <source>&amp;Not the same</source>
        <translation>No es la &amp;misma</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="112"/>
        <source>Someone with this name is already known:</source>
        <translation>Ya hay alguien registrado con este nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="118"/>
        <source>Same &amp;person</source>
        <translation>Misma &amp;persona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/same_person.py" line="120"/>
        <source>Same person as {who}</source>
        <translation>Misma persona que {who}</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../domain/schedule.py" line="24"/>
        <source>Joint session</source>
        <translation>Sesión conjunta</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="25"/>
        <source>Separate meeting (indirect)</source>
        <translation>Reunión por separado (indirecta)</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="26"/>
        <source>Pre-mediation meeting</source>
        <translation>Reunión previa a la mediación</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="39"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="40"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="41"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="67"/>
        <source>Enter the date and time.</source>
        <translation>Escriba la fecha y la hora.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="69"/>
        <source>This time has passed. A session already held is recorded after the session, not scheduled.</source>
        <translation>Esta hora ya pasó. Una sesión ya realizada se registra después de la sesión; no se programa.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="75"/>
        <source>Enter an expected length between 15 minutes and 8 hours.</source>
        <translation>Escriba una duración prevista de entre 15 minutos y 8 horas.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="79"/>
        <source>Choose who attends.</source>
        <translation>Elija quién asiste.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="102"/>
        <source>Someone chosen is no longer in this case.</source>
        <translation>Una de las personas elegidas ya no forma parte de este caso.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="111"/>
        <source>In an indirect process each meeting is with one side only.</source>
        <translation>En un proceso indirecto, cada reunión es con una sola de las partes.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="120"/>
        <source>A joint session needs the victim and the offender.</source>
        <translation>Una sesión conjunta requiere a la víctima y al ofensor.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="153"/>
        <source>A session can be scheduled once the case is in preparation.</source>
        <translation>Se puede programar una sesión una vez que el caso esté en preparación.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="176"/>
        <source>This venue is no longer on the list. Choose another place.</source>
        <translation>Este lugar ya no está en la lista. Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="180"/>
        <source>Choose the venue or name the place.</source>
        <translation>Elija el lugar de reunión o escriba el nombre del lugar.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="206"/>
        <source>Only a scheduled session can be moved.</source>
        <translation>Solo se puede reprogramar una sesión programada.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="237"/>
        <source>Write why the session is cancelled.</source>
        <translation>Escriba por qué se cancela la sesión.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="241"/>
        <source>This session is not scheduled any more.</source>
        <translation>Esta sesión ya no está programada.</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="50"/>
        <source>Schedule a session</source>
        <translation>Programar una sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="56"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="61"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="65"/>
        <source>e.g. Community centre, room 2</source>
        <translation>p. ej., centro comunitario, sala 2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="66"/>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="162"/>
        <source>Another place</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="78"/>
        <source>Drag to reorder, or press Alt+Up and Alt+Down.</source>
        <translation>Arrastre para cambiar el orden o presione Alt+Flecha arriba y Alt+Flecha abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="80"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="95"/>
        <source>&amp;Time *</source>
        <translation>&amp;Hora *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="99"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="100"/>
        <source>&amp;Expected length</source>
        <translation>&amp;Duración prevista</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="104"/>
        <source>&amp;Venue *</source>
        <translation>&amp;Lugar *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="105"/>
        <source>&amp;Attendees *</source>
        <translation>&amp;Asistentes *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="114"/>
        <source>Speaking &amp;order</source>
        <translation>&amp;Orden de intervención</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="148"/>
        <source>The victim asked: {wish}</source>
        <translation>La víctima pidió: {wish}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="150"/>
        <source>The victim has not said who speaks first.</source>
        <translation>La víctima no ha dicho quién habla primero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_form.py" line="195"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="56"/>
        <source>Scheduling opens when nothing blocks it: see Before scheduling.</source>
        <translation>La programación se habilita cuando nada la impide: consulte “Antes de programar”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="66"/>
        <source>In an indirect process each meeting is with one side only; schedule one meeting per side.</source>
        <translation>En un proceso indirecto, cada reunión es con una sola parte; programe una reunión por cada parte.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="73"/>
        <source>&amp;Keep it as it was</source>
        <translation>&amp;Dejarla como estaba</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="74"/>
        <source>Stop moving the session; nothing is changed.</source>
        <translation>Deja de cambiar el horario de la sesión; no se modifica nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="84"/>
        <source>Sessions of this case</source>
        <translation>Sesiones de este caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="104"/>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="132"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="132"/>
        <source>&amp;Save the new time</source>
        <translation>&amp;Guardar el nuevo horario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="170"/>
        <source>Not scheduled: this time overlaps. Choose another.</source>
        <translation>No se programó: este horario se superpone con otro. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="179"/>
        <source>Session scheduled for {when}.</source>
        <translation>Sesión programada para el {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="196"/>
        <source>Time already taken</source>
        <translation>Horario ya ocupado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/schedule_section.py" line="197"/>
        <source>This time overlaps:
{appointments}

Schedule anyway?</source>
        <translation>Este horario se superpone con:
{appointments}

¿Desea programarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../domain/screening.py" line="22"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="23"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="24"/>
        <source>Unsure</source>
        <translation>No lo sabe</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="37"/>
        <source>Ready</source>
        <translation>Listo(a)</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="38"/>
        <source>Needs more preparation</source>
        <translation>Necesita más preparación</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="39"/>
        <source>Not suitable</source>
        <translation>No apto(a)</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="84"/>
        <source>Accepts responsibility for the offence, or does not deny it</source>
        <translation>Acepta la responsabilidad por el delito, o no la niega</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="92"/>
        <source>Is willing to meet the victim, freely and without pressure</source>
        <translation>Está dispuesto(a) a reunirse con la víctima, libremente y sin presiones</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="100"/>
        <source>Considers a meeting safe for everyone</source>
        <translation>Considera que una reunión es segura para todos</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="106"/>
        <source>Acknowledges the harm done</source>
        <translation>Reconoce el daño causado</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="109"/>
        <source>Shows remorse</source>
        <translation>Muestra remordimiento</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="112"/>
        <source>Is willing to repair the harm</source>
        <translation>Está dispuesto(a) a reparar el daño</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="117"/>
        <source>Risk of emotional or physical harm to the victim</source>
        <translation>Riesgo de daño emocional o físico para la víctima</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="122"/>
        <source>Feelings or attitudes towards the victim are hostile</source>
        <translation>Tiene sentimientos o actitudes hostiles hacia la víctima</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="127"/>
        <source>Takes part only to lighten the sentence</source>
        <translation>Participa solo para obtener una condena más leve</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="132"/>
        <location filename="../../domain/screening.py" line="206"/>
        <source>Substance use that could affect the meeting</source>
        <translation>Consumo de sustancias que podría afectar la reunión</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="137"/>
        <location filename="../../domain/screening.py" line="211"/>
        <source>Mental health needs that could affect the meeting</source>
        <translation>Necesidades de salud mental que podrían afectar la reunión</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="142"/>
        <location filename="../../domain/screening.py" line="216"/>
        <source>Learning or physical disability that needs support</source>
        <translation>Discapacidad física o de aprendizaje que requiere apoyo</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="147"/>
        <source>Power imbalance with the victim (age, status, relationship)</source>
        <translation>Desequilibrio de poder con la víctima (edad, posición, relación)</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="154"/>
        <location filename="../../domain/screening.py" line="228"/>
        <source>Wants a support person at the meeting</source>
        <translation>Desea una persona de apoyo en la reunión</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="162"/>
        <source>Is willing to take part, freely and without pressure</source>
        <translation>Está dispuesto(a) a participar, libremente y sin presiones</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="168"/>
        <source>Considers a meeting safe</source>
        <translation>Considera que una reunión es segura</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="174"/>
        <source>Knows whether the offender accepts responsibility</source>
        <translation>Sabe si el ofensor acepta su responsabilidad</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="179"/>
        <source>Risk of emotional or physical harm from the meeting</source>
        <translation>Riesgo de daño emocional o físico a causa de la reunión</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="184"/>
        <source>Is afraid of the offender</source>
        <translation>Tiene miedo del ofensor</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="189"/>
        <source>Feelings and attitudes allow a constructive meeting</source>
        <translation>Sus sentimientos y actitudes permiten una reunión constructiva</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="194"/>
        <source>Motivation is to be heard, get answers or repair, not revenge</source>
        <translation>Su motivación es ser escuchado(a), obtener respuestas o reparación, no venganza</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="201"/>
        <source>Expectations of the meeting are realistic</source>
        <translation>Sus expectativas sobre la reunión son realistas</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="221"/>
        <source>Power imbalance with the offender (age, status, relationship)</source>
        <translation>Desequilibrio de poder con el ofensor (edad, posición, relación)</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="252"/>
        <source>Two items have the same key.</source>
        <translation>Dos elementos tienen la misma clave.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="254"/>
        <source>Every item needs its question.</source>
        <translation>Cada elemento necesita su pregunta.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="257"/>
        <source>Two items ask the same question.</source>
        <translation>Dos elementos hacen la misma pregunta.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="262"/>
        <source>The three gates of mediation cannot be retired.</source>
        <translation>Los tres requisitos de la mediación no se pueden dar de baja.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="268"/>
        <source>A checklist needs at least one item.</source>
        <translation>Una lista de verificación necesita al menos un elemento.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="316"/>
        <source>Choose the outcome.</source>
        <translation>Elija el resultado.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="318"/>
        <source>Answer every question before choosing the outcome.</source>
        <translation>Responda todas las preguntas antes de elegir el resultado.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="322"/>
        <source>Write the reasons for this outcome.</source>
        <translation>Escriba los motivos de este resultado.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="324"/>
        <source>A red flag is open: write why the participant is ready all the same.</source>
        <translation>Hay una señal de alerta abierta: escriba por qué el participante está listo(a) de todos modos.</translation>
    </message>
    <message>
        <location filename="../../domain/screening.py" line="329"/>
        <source>This question is not on the checklist.</source>
        <translation>Esta pregunta no está en la lista de verificación.</translation>
    </message>
    <message>
        <location filename="../../services/screenings.py" line="150"/>
        <source>Only victims and offenders are screened.</source>
        <translation>Solo se evalúa a víctimas y ofensores.</translation>
    </message>
    <message>
        <location filename="../../services/screenings.py" line="161"/>
        <source>Enter the date of the screening.</source>
        <translation>Ingrese la fecha de la evaluación.</translation>
    </message>
    <message>
        <location filename="../../services/screenings.py" line="163"/>
        <source>A screening cannot be dated in the future.</source>
        <translation>La fecha de una evaluación no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../services/screenings.py" line="189"/>
        <source>A new screening needs attention before the session.</source>
        <translation>Una nueva evaluación requiere atención antes de la sesión.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="65"/>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="67"/>
        <source>One of the three gates of mediation</source>
        <translation>Uno de los tres requisitos de la mediación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="86"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="88"/>
        <source>{question}: note</source>
        <translation>{question}: nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="97"/>
        <location filename="../../ui/dialogs/screening_dialog.py" line="103"/>
        <source>Red flag</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="146"/>
        <source>Screening of {name}</source>
        <translation>Evaluación de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="146"/>
        <source>Screen {name}</source>
        <translation>Evaluar a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="149"/>
        <source>Checklist version {version}</source>
        <translation>Versión {version} de la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="172"/>
        <source>&amp;Ready</source>
        <translation>&amp;Listo(a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="173"/>
        <source>Needs &amp;more preparation</source>
        <translation>Necesita &amp;más preparación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="174"/>
        <source>&amp;Not suitable</source>
        <translation>&amp;No apto(a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="183"/>
        <location filename="../../ui/dialogs/screening_dialog.py" line="190"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="192"/>
        <source>Screened &amp;on *</source>
        <translation>&amp;Fecha de evaluación *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="193"/>
        <source>Outcome *</source>
        <translation>Resultado *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="196"/>
        <source>Required unless the participant is ready.</source>
        <translation>Obligatorio, salvo que el participante esté listo(a).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="198"/>
        <source>R&amp;easons</source>
        <translation>Mo&amp;tivos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="200"/>
        <source>&amp;Why ready despite the red flags *</source>
        <translation>&amp;Por qué está listo(a) pese a las señales de alerta *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="205"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="215"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="297"/>
        <source>{count} red flags open</source>
        <translation>{count} señales de alerta abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="299"/>
        <source>1 red flag open</source>
        <translation>1 señal de alerta abierta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/screening_dialog.py" line="299"/>
        <source>No red flags</source>
        <translation>Sin señales de alerta</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="78"/>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="79"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="79"/>
        <location filename="../../ui/pages/preparation/screening_section.py" line="98"/>
        <source>Screened on</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="79"/>
        <location filename="../../ui/pages/preparation/screening_section.py" line="98"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="80"/>
        <source>Open red flags</source>
        <translation>Señales de alerta abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="80"/>
        <source>Checklist version</source>
        <translation>Versión de la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="80"/>
        <source>Taking part</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="82"/>
        <source>Practice suggests meeting and screening the offender first.</source>
        <translation>La práctica recomienda reunirse primero con el ofensor y evaluarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="86"/>
        <source>&amp;Screen…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="88"/>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="89"/>
        <source>Look at the chosen earlier screening, read only</source>
        <translation>Consultar la evaluación anterior elegida (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="95"/>
        <location filename="../../ui/pages/preparation/screening_section.py" line="197"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="97"/>
        <source>Screening history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="98"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="139"/>
        <source>Not screened yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="143"/>
        <source>Not taking part</source>
        <translation>No participa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="185"/>
        <source>{reasons} (Ready despite red flags: {why})</source>
        <translation>{reasons} (Listo(a) pese a las señales de alerta: {why})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="197"/>
        <source>&amp;History of {name}</source>
        <translation>&amp;Historial de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="251"/>
        <source>Not suitable</source>
        <translation>No apto(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/screening_section.py" line="253"/>
        <source>{name} was screened not suitable. Close the case as not suitable, or return it to the referral source, with a reason.</source>
        <translation>{name} fue evaluado(a) como no apto(a). Cierre el caso por no ser apto o devuélvalo a la fuente de remisión, indicando un motivo.</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="33"/>
        <source>Case {number} is sealed</source>
        <translation>El caso {number} está sellado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="35"/>
        <source>This case is sealed under the program&apos;s retention policy or by a decision. To open it, lift the seal and say why: the reason is kept in the audit trail.</source>
        <translation>Este caso está sellado según la política de conservación del programa o por una decisión. Para abrirlo, levante el sello e indique por qué: el motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="38"/>
        <source>Lift the seal and open</source>
        <translation>Levantar el sello y abrir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="40"/>
        <source>Seal case {number}</source>
        <translation>Sellar el caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="42"/>
        <source>A sealed case shows only its number in the list and in searches. Opening it again needs a reason, kept in the audit trail. Follow-ups can still be recorded.</source>
        <translation>Un caso sellado solo muestra su número en la lista y en las búsquedas. Para volver a abrirlo se necesita un motivo, que queda en el registro de auditoría. Aún se pueden registrar contactos de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="45"/>
        <source>Seal the case</source>
        <translation>Sellar el caso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="48"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="51"/>
        <source>&amp;Why *</source>
        <translation>&amp;Por qué *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="61"/>
        <source>Record the one-year check…</source>
        <translation>Registrar el seguimiento al año…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/seal_dialog.py" line="63"/>
        <source>Recorded without lifting the seal</source>
        <translation>Se registra sin levantar el sello</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="64"/>
        <source>Sessions of this case</source>
        <translation>Sesiones de este caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="66"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="66"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="66"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="66"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="67"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="80"/>
        <source>&amp;Move…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="82"/>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Cancelar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="85"/>
        <source>Add to ca&amp;lendar…</source>
        <translation>Agregar al cal&amp;endario…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="88"/>
        <source>A calendar file with the case number, time and venue only: never names.</source>
        <translation>Un archivo de calendario solo con el número de caso, la hora y el lugar: nunca nombres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="116"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="163"/>
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="165"/>
        <source>The session on {when} is cancelled. The reason is kept in the case history.</source>
        <translation>Se cancelará la sesión del {when}. El motivo queda registrado en el historial del caso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="168"/>
        <source>Cancel the &amp;session</source>
        <translation>Cancelar la &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="172"/>
        <source>e.g. The victim is ill; we will find a new date.</source>
        <translation>p. ej., la víctima está enferma; buscaremos otra fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="184"/>
        <source>Add to calendar</source>
        <translation>Agregar al calendario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/session_list.py" line="186"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/preparation/session_list.py" line="198"/>
        <source>%n event(s) written to {path}.</source>
        <translation>
            <numerusform>%n evento guardado en {path}.</numerusform>
            <numerusform>%n eventos guardados en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../ui/pages/session_page.py" line="68"/>
        <location filename="../../ui/pages/session_page.py" line="71"/>
        <source>Sessions planned</source>
        <translation>Sesiones previstas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="70"/>
        <location filename="../../ui/pages/session_page.py" line="80"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="70"/>
        <location filename="../../ui/pages/session_page.py" line="80"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="70"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="70"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="73"/>
        <source>No session is planned.</source>
        <translation>No hay ninguna sesión prevista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="78"/>
        <location filename="../../ui/pages/session_page.py" line="81"/>
        <source>Sessions held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="80"/>
        <source>How it ended</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="80"/>
        <source>Who attended</source>
        <translation>Quiénes asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="83"/>
        <source>No session has been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="89"/>
        <source>&amp;Record the session…</source>
        <translation>&amp;Registrar la sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="112"/>
        <location filename="../../ui/pages/session_page.py" line="125"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="134"/>
        <source>Sessions are recorded before the agreement is signed.</source>
        <translation>Las sesiones se registran antes de que se firme el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="137"/>
        <source>For the session planned on {when}.</source>
        <translation>Para la sesión prevista el {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="142"/>
        <source>For a session held without being scheduled.</source>
        <translation>Para una sesión realizada sin haberse programado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="166"/>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="167"/>
        <source>Close the case now as “Session held without agreement”? Choose No to keep it open and schedule another session.</source>
        <translation>¿Desea cerrar el caso ahora como “Sesión realizada sin acuerdo”? Elija No para mantenerlo abierto y programar otra sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="175"/>
        <source>Agreement reached</source>
        <translation>Se llegó a un acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_page.py" line="176"/>
        <source>Start writing the agreement now?</source>
        <translation>¿Desea empezar a redactar el acuerdo ahora?</translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="62"/>
        <source>Record the session</source>
        <translation>Registrar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="67"/>
        <source>Time held</source>
        <translation>Hora de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="71"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="80"/>
        <source>Drag to reorder, or press Alt+Up and Alt+Down.</source>
        <translation>Arrastre para cambiar el orden o presione Alt+Flecha arriba y Alt+Flecha abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="81"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="82"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="97"/>
        <source>How the session ended</source>
        <translation>Resultado de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="102"/>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="116"/>
        <source>&amp;Time *</source>
        <translation>&amp;Hora *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="120"/>
        <source>&amp;Date held *</source>
        <translation>&amp;Fecha de la sesión *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="121"/>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="122"/>
        <source>Who &amp;attended *</source>
        <translation>Quiénes &amp;asistieron *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="130"/>
        <source>Speaking &amp;order followed</source>
        <translation>&amp;Orden de intervención</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="131"/>
        <source>How it &amp;ended *</source>
        <translation>&amp;Resultado *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="137"/>
        <source>Confidential &amp;notes</source>
        <translation>&amp;Notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="152"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="181"/>
        <source>Confidential: never printed on any document</source>
        <translation>Confidencial: nunca se imprime en ningún documento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/session_record_dialog.py" line="201"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../domain/settings.py" line="56"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="57"/>
        <source>Shown on the letterhead of every document.</source>
        <translation>Aparece en el membrete de todos los documentos.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="60"/>
        <source>Program address</source>
        <translation>Dirección del programa</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="63"/>
        <source>Program phone</source>
        <translation>Teléfono del programa</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="66"/>
        <source>Program logo</source>
        <translation>Logotipo del programa</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="67"/>
        <source>A PNG image for the letterhead (at most 500 KB).</source>
        <translation>Una imagen PNG para el membrete (500 KB como máximo).</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="71"/>
        <source>Mediator name</source>
        <translation>Nombre del mediador(a)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="72"/>
        <source>Printed under the mediator&apos;s signature line.</source>
        <translation>Se imprime debajo de la línea de firma del mediador(a).</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="75"/>
        <source>Juvenile age threshold</source>
        <translation>Edad límite para casos juveniles</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="76"/>
        <source>An offender younger than this on the incident date makes the case juvenile.</source>
        <translation>Si el ofensor tenía menos de esta edad en la fecha del incidente, el caso es juvenil.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="83"/>
        <source>Case number format</source>
        <translation>Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="84"/>
        <source>YYYY is the year, NNN the running number: YYYY-NNN gives 2026-014.</source>
        <translation>YYYY es el año y NNN el número consecutivo: YYYY-NNN da 2026-014.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="91"/>
        <source>Meet each victim and offender in person before a joint session</source>
        <translation>Reunirse en persona con cada víctima y cada ofensor antes de una sesión conjunta</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="92"/>
        <source>Practice standards ask for it. Turn off only if your program&apos;s policy allows phone or video preparation; the change is recorded.</source>
        <translation>Las normas de práctica lo exigen. Desactívelo solo si la política de su programa permite la preparación por teléfono o video; el cambio queda registrado.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="100"/>
        <source>Grace period for a missed term (days)</source>
        <translation>Período de gracia para un término incumplido (días)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="101"/>
        <source>After this many days a missed payment or term is shown as missed.</source>
        <translation>Pasado este número de días, un pago o término atrasado se muestra como incumplido.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="108"/>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="109"/>
        <source>What was typed and not saved comes back from its draft after unlocking.</source>
        <translation>Lo que escribió y no guardó vuelve desde su borrador al desbloquear.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="116"/>
        <source>Daily automatic backups kept</source>
        <translation>Copias de seguridad automáticas diarias que se conservan</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="120"/>
        <source>Weekly automatic backups kept</source>
        <translation>Copias de seguridad automáticas semanales que se conservan</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="124"/>
        <source>Monthly automatic backups kept</source>
        <translation>Copias de seguridad automáticas mensuales que se conservan</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="128"/>
        <source>Remind me to back up to another place after (days)</source>
        <translation>Recordarme hacer una copia de seguridad en otro lugar después de (días)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="129"/>
        <source>Automatic backups stay on this computer; a lost laptop takes them with it.</source>
        <translation>Las copias de seguridad automáticas se quedan en esta computadora; si se pierde la computadora portátil, se pierden con ella.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="137"/>
        <source>Purge closed cases after (years, 0 = never)</source>
        <translation>Depurar los casos cerrados después de (años, 0 = nunca)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="142"/>
        <source>Seal closed juvenile cases after (years, 0 = never)</source>
        <translation>Sellar los casos juveniles cerrados después de (años, 0 = nunca)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="146"/>
        <source>Language of the application</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="151"/>
        <source>Folder of the case records</source>
        <translation>Carpeta de los expedientes</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="152"/>
        <source>Empty: the usual folder for this user.</source>
        <translation>En blanco: la carpeta habitual de este usuario.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="42"/>
        <source>This value has the wrong form.</source>
        <translation>Este valor no tiene el formato correcto.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="49"/>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="51"/>
        <source>Choose one of the offered values.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="45"/>
        <source>This number is too small.</source>
        <translation>Este número es demasiado pequeño.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="47"/>
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="136"/>
        <source>&amp;Browse the audit trail…</source>
        <translation>&amp;Buscar en el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="87"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="89"/>
        <source>Program &amp;name *</source>
        <translation>Nombre del &amp;programa *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="91"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="92"/>
        <source>L&amp;ogo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="93"/>
        <source>&amp;Mediator name</source>
        <translation>Nombre del &amp;mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="94"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="97"/>
        <source>&amp;Juvenile under age</source>
        <translation>Caso &amp;juvenil si es menor de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="113"/>
        <source>&amp;Grace period (days)</source>
        <translation>Perí&amp;odo de gracia (días)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="116"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="118"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="119"/>
        <source>Takes effect the next time vomdesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie vomdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="123"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="125"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Print a new recovery &amp;kit…</source>
        <translation>Imprimir un nuevo &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="128"/>
        <source>Open without my passphrase while I am logged in to this computer</source>
        <translation>Abrir sin mi frase de contraseña mientras tenga la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="101"/>
        <source>Cas&amp;e number format</source>
        <translation>&amp;Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="154"/>
        <source>Lock after (min&amp;utes)</source>
        <translation>Bloquear tras (mi&amp;nutos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="160"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="161"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="168"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="297"/>
        <location filename="../../ui/pages/settings_page.py" line="315"/>
        <location filename="../../ui/pages/settings_page.py" line="342"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="298"/>
        <source>Save the changes to the settings before leaving?</source>
        <translation>¿Desea guardar los cambios de la configuración antes de salir?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="322"/>
        <source>Type the program&apos;s name: it heads every letter.</source>
        <translation>Escriba el nombre del programa: aparece en el encabezado de cada carta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="331"/>
        <source>Case numbers will look like {example}</source>
        <translation>Los números de caso se verán así: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="353"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="367"/>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="372"/>
        <source>Saved at {time}</source>
        <translation>Se guardó a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="394"/>
        <source>After “Lock now” the passphrase is always needed.</source>
        <translation>Después de “Bloquear ahora” siempre se necesita la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="396"/>
        <source>This computer has no secure keychain that vomdesk can use.</source>
        <translation>Esta computadora no tiene un llavero seguro del sistema que vomdesk pueda usar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="407"/>
        <source>Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="408"/>
        <source>The keychain could not be changed: {error}</source>
        <translation>No se pudo cambiar el llavero del sistema: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="416"/>
        <source>Changing the keychain…</source>
        <translation>Cambiando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="424"/>
        <source>Passphrase changed</source>
        <translation>Se cambió la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="424"/>
        <source>Use the new passphrase from now on.</source>
        <translation>De ahora en adelante, use la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="431"/>
        <source>New recovery kit</source>
        <translation>Nuevo kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="432"/>
        <source>The new key is in use. Destroy every older kit.</source>
        <translation>La nueva clave ya está en uso. Destruya todos los kits anteriores.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="261"/>
        <source>Set up vomdesk</source>
        <translation>Configurar vomdesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="288"/>
        <source>Measuring this computer&apos;s speed…</source>
        <translation>Midiendo la velocidad de esta computadora…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="325"/>
        <source>Creating the encrypted case records…</source>
        <translation>Creando los expedientes cifrados…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="353"/>
        <source>Keychain not used</source>
        <translation>No se usa el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="355"/>
        <source>The keychain refused the key, so vomdesk will ask for your passphrase.</source>
        <translation>El llavero del sistema rechazó la clave, así que vomdesk le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="364"/>
        <source>Set-up not finished</source>
        <translation>No se completó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="367"/>
        <source>Creating the store…</source>
        <translation>Creando el almacén de expedientes…</translation>
    </message>
</context>
<context>
    <name>SharesBox</name>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="35"/>
        <source>Shared by several people</source>
        <translation>Compartido entre varias personas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="36"/>
        <source>&amp;Jointly (each owes all)</source>
        <translation>&amp;Solidariamente (cada persona debe el total)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="37"/>
        <source>Split in &amp;shares</source>
        <translation>Dividido en &amp;partes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="42"/>
        <source>E&amp;ven split</source>
        <translation>Partes &amp;iguales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="69"/>
        <source>Share of {name}</source>
        <translation>Parte de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="70"/>
        <source>e.g. 50.00</source>
        <translation>p. ej., 50.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/shares_box.py" line="96"/>
        <source>Enter the amount first.</source>
        <translation>Escriba primero el monto.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="48"/>
        <source>Record a signature</source>
        <translation>Registrar una firma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="49"/>
        <source>Signature of {name}</source>
        <translation>Firma de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="51"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="55"/>
        <source>&amp;Signed on *</source>
        <translation>&amp;Fecha de firma *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="62"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="99"/>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="104"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="106"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="106"/>
        <source>Signs as</source>
        <translation>Firma como</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="106"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="118"/>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;firma…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="119"/>
        <source>Ame&amp;nd…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="121"/>
        <source>A signed agreement is never changed: an amendment is a new version.</source>
        <translation>Un acuerdo firmado nunca se cambia: una modificación es una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="140"/>
        <source>Mediator</source>
        <translation>Mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="157"/>
        <source>not yet</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="165"/>
        <source>Signing starts once nothing is left to correct.</source>
        <translation>Se podrá firmar cuando no quede nada por corregir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="168"/>
        <source>Signed by everyone on {date}: the agreement is in force.</source>
        <translation>Firmado por todos el {date}: el acuerdo está vigente.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="211"/>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="212"/>
        <source>Signed by everyone: the agreement is in force.</source>
        <translation>Firmado por todos: el acuerdo está vigente.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="225"/>
        <source>Amend the agreement</source>
        <translation>Modificar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="227"/>
        <source>The signed version stays in force and readable; the amendment is a new draft, signed again by everyone. Say in a sentence why it changes.</source>
        <translation>La versión firmada sigue vigente y se puede consultar; la modificación es un nuevo borrador que todos deben volver a firmar. Explique en una oración por qué cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/signatures_panel.py" line="231"/>
        <source>&amp;Start the amendment</source>
        <translation>&amp;Iniciar la modificación</translation>
    </message>
</context>
<context>
    <name>SpeakingOrderModel</name>
    <message>
        <location filename="../../ui/models/speaking_order.py" line="87"/>
        <source>{place}. {name}</source>
        <translation>{place}. {name}</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../domain/stages.py" line="27"/>
        <source>Referral received</source>
        <translation>Remisión recibida</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="28"/>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="29"/>
        <location filename="../../domain/stages.py" line="197"/>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="30"/>
        <source>Ready to schedule</source>
        <translation>Listo para programar</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="31"/>
        <source>Session scheduled</source>
        <translation>Sesión programada</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="32"/>
        <source>Session held</source>
        <translation>Sesión realizada</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="33"/>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="34"/>
        <location filename="../../domain/stages.py" line="200"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="35"/>
        <location filename="../../domain/stages.py" line="201"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="54"/>
        <source>Agreement completed</source>
        <translation>Acuerdo cumplido</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="55"/>
        <source>Agreement partially completed</source>
        <translation>Acuerdo cumplido parcialmente</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="56"/>
        <source>Not completed, returned to the referral source</source>
        <translation>No cumplido, devuelto a la fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="59"/>
        <source>Session held without agreement</source>
        <translation>Sesión realizada sin acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="60"/>
        <source>Victim declined</source>
        <translation>La víctima declinó participar</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="61"/>
        <source>Offender declined</source>
        <translation>El ofensor declinó participar</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="62"/>
        <source>Not suitable</source>
        <translation>Caso no apto</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="63"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="64"/>
        <source>Re-arrest</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="160"/>
        <source>Finish intake</source>
        <translation>Terminar la admisión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="161"/>
        <source>Start preparation</source>
        <translation>Comenzar la preparación</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="162"/>
        <source>Screen both sides</source>
        <translation>Evaluar a ambas partes</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="163"/>
        <source>Schedule session</source>
        <translation>Programar la sesión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="164"/>
        <source>Hold session</source>
        <translation>Realizar la sesión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="165"/>
        <source>Draft agreement</source>
        <translation>Redactar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="166"/>
        <source>Start monitoring</source>
        <translation>Comenzar el seguimiento</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="167"/>
        <source>Follow up</source>
        <translation>Dar seguimiento</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="196"/>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="198"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../domain/stages.py" line="199"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="186"/>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="186"/>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="187"/>
        <source>not yet</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../services/errors.py" line="201"/>
        <source>The backup could not be verified: nothing was kept. Check the disk and try again.</source>
        <translation>No se pudo verificar la copia de seguridad: no se conservó nada. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="210"/>
        <source>This backup is damaged (cut short or altered) and cannot be used. Use another backup. Nothing was changed.</source>
        <translation>Esta copia de seguridad está dañada (incompleta o alterada) y no se puede usar. Use otra copia de seguridad. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="218"/>
        <source>There is no vomdesk backup there: choose the backup&apos;s folder (it holds vomdesk.db and vomdesk.keys). Nothing was changed.</source>
        <translation>Ahí no hay ninguna copia de seguridad de vomdesk: elija la carpeta de la copia (contiene vomdesk.db y vomdesk.keys). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="226"/>
        <source>Restore only into a new, empty folder: nothing was overwritten.</source>
        <translation>Restaure solo en una carpeta nueva y vacía: no se sobrescribió nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="177"/>
        <source>That person does not take part in this case.</source>
        <translation>Esa persona no participa en este caso.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="13"/>
        <source>Something went wrong with the case records.</source>
        <translation>Ocurrió un problema con los expedientes.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="23"/>
        <source>That passphrase does not open the case records. Check Caps Lock and the keyboard language, then try again. If you have forgotten it, use your recovery kit.</source>
        <translation>Esa frase de contraseña no abre los expedientes. Revise la tecla Bloq Mayús (Caps Lock) y el idioma del teclado, y vuelva a intentarlo. Si la olvidó, use su kit de recuperación.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="31"/>
        <source>That recovery key does not open these case records. Check that the kit is the newest one printed for this computer.</source>
        <translation>Esa clave de recuperación no abre estos expedientes. Verifique que el kit sea el más reciente que se imprimió para esta computadora.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="39"/>
        <source>The recovery key has a typing mistake: compare each group with the printed kit.</source>
        <translation>La clave de recuperación tiene un error de escritura: compare cada grupo con el kit impreso.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="46"/>
        <source>The computer&apos;s keychain no longer holds the key. Unlock with your passphrase; nothing is lost.</source>
        <translation>El llavero del sistema ya no tiene la clave. Desbloquee con su frase de contraseña; no se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="54"/>
        <source>There are no case records in this folder yet. Set up vomdesk first.</source>
        <translation>Todavía no hay expedientes en esta carpeta. Primero configure vomdesk.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="60"/>
        <source>This folder already holds case records. Choose an empty folder.</source>
        <translation>Esta carpeta ya contiene expedientes. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="66"/>
        <source>The key file (vomdesk.keys) is missing beside the case records. Put it back from a backup of this folder; the records cannot be opened without it. Nothing was changed.</source>
        <translation>Falta el archivo de claves (vomdesk.keys) junto a los expedientes. Restáurelo desde una copia de seguridad de esta carpeta; sin él no se pueden abrir los expedientes. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="74"/>
        <source>The case records file (vomdesk.db) is missing beside its key file. Put it back from a backup of this folder. Nothing was changed.</source>
        <translation>Falta el archivo de expedientes (vomdesk.db) junto a su archivo de claves. Restáurelo desde una copia de seguridad de esta carpeta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="82"/>
        <source>The key file (vomdesk.keys) is damaged. Put it back from a backup of this folder. Nothing was changed.</source>
        <translation>El archivo de claves (vomdesk.keys) está dañado. Restáurelo desde una copia de seguridad de esta carpeta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="90"/>
        <source>The key file and the case records file do not belong together, or the records file is damaged. Put both back from the same backup. Nothing was changed.</source>
        <translation>El archivo de claves y el archivo de expedientes no corresponden entre sí, o el archivo de expedientes está dañado. Restaure ambos desde la misma copia de seguridad. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="98"/>
        <source>These case records were saved by a newer version of vomdesk. Install that version to open them. Nothing was changed.</source>
        <translation>Estos expedientes se guardaron con una versión más reciente de vomdesk. Instale esa versión para abrirlos. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="106"/>
        <source>vomdesk cannot write to the data folder. Check that the disk is not read-only and that you may write there. Nothing was changed.</source>
        <translation>vomdesk no puede escribir en la carpeta de datos. Verifique que el disco no sea de solo lectura y que usted tenga permiso para escribir allí. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="114"/>
        <source>The disk is full. Free some space and try again; what was saved before is safe.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo; lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="123"/>
        <source>The disk could not be written: it may be full or failing. Nothing was written; what was saved before is safe. Free some space and try again.</source>
        <translation>No se pudo escribir en el disco: puede estar lleno o fallando. No se escribió nada; lo guardado antes está a salvo. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="131"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Elija una frase de contraseña más segura.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="137"/>
        <source>Some settings need correcting before they can be saved.</source>
        <translation>Corrija algunos valores de la configuración antes de guardarla.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="147"/>
        <source>The case records are locked. Unlock them first.</source>
        <translation>Los expedientes están bloqueados. Desbloquéelos primero.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="153"/>
        <source>The change could not be saved just now; nothing was written. Try again in a moment.</source>
        <translation>No se pudo guardar el cambio en este momento; no se escribió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="162"/>
        <source>Some fields need correcting before saving.</source>
        <translation>Corrija algunos campos antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="173"/>
        <source>That case does not exist (any more).</source>
        <translation>Ese caso no existe (o ya no existe).</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="181"/>
        <source>This case is closed. Reopen it, with a reason, to change its records.</source>
        <translation>Este caso está cerrado. Para modificar sus registros, reábralo indicando un motivo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="189"/>
        <source>This time overlaps other appointments. Choose another time or confirm.</source>
        <translation>Este horario se superpone con otras citas. Elija otro horario o confirme.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="234"/>
        <source>Case {number} cannot be purged: {reason}</source>
        <translation>No se puede depurar el caso {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="248"/>
        <source>This case is sealed. Lift the seal, with a reason, to open it.</source>
        <translation>Este caso está sellado. Para abrirlo, levante el sello indicando un motivo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="256"/>
        <source>This backup was made with its own backup passphrase: the recovery kit does not open it. Type the backup passphrase. Nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con su propia frase de contraseña: el kit de recuperación no la abre. Escriba la frase de contraseña de la copia de seguridad. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="266"/>
        <source>vomdesk cannot write to the backup folder. Check that the disk or USB stick is plugged in, not read-only, and that you may write there. Nothing was kept.</source>
        <translation>vomdesk no puede escribir en la carpeta elegida para la copia de seguridad. Verifique que el disco o la memoria USB estén conectados y no sean de solo lectura, y que usted tenga permiso para escribir allí. No se conservó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="276"/>
        <source>The disk of the backup folder is full. Free some space there or choose another disk. Nothing was kept; the case records are safe.</source>
        <translation>El disco de la carpeta elegida para la copia de seguridad está lleno. Libere espacio en él o elija otro disco. No se conservó nada; los expedientes están a salvo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="286"/>
        <source>The disk of the backup folder could not be written: it may be full, failing or unplugged. Nothing was kept; the case records are safe.</source>
        <translation>No se pudo escribir en el disco de la carpeta de la copia de seguridad: puede estar lleno, fallando o desconectado. No se conservó nada; los expedientes están a salvo.</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="22"/>
        <source>The document could not be sent to the printer. Check that the printer is on and connected, then try again.</source>
        <translation>No se pudo enviar el documento a la impresora. Verifique que la impresora esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TermBox</name>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="80"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="100"/>
        <source>{action} on {day}: {reason}</source>
        <translation>{action} el {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="124"/>
        <source>Total {total} · received {received} · still owed {balance}</source>
        <translation>Total {total} · recibido {received} · saldo pendiente {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="134"/>
        <source>Overdue: {amount} since {day}</source>
        <translation>Vencido: {amount} desde el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="141"/>
        <source>Next due: {amount} on {day}</source>
        <translation>Próximo vencimiento: {amount} el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="148"/>
        <source>Passed on to the payee: {amount}</source>
        <translation>Entregado al beneficiario: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="153"/>
        <source>{name}: share {share}, paid {paid}, still owed {balance}</source>
        <translation>{name}: parte {share}, pagado {paid}, saldo pendiente {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="163"/>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="248"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="164"/>
        <source>What</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="165"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="166"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="167"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="168"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="170"/>
        <source>Ledger</source>
        <translation>Registro de movimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="174"/>
        <source>Record a &amp;payment…</source>
        <translation>Registrar un &amp;pago…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="175"/>
        <source>C&amp;orrect a line…</source>
        <translation>&amp;Corregir una línea…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="180"/>
        <source>Pass o&amp;n to the payee…</source>
        <translation>&amp;Entregar al beneficiario…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="192"/>
        <source>{what} (corrected)</source>
        <translation>{what} (corregido)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="196"/>
        <source>{what} of {receipt}</source>
        <translation>{what} del recibo {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="234"/>
        <source>Choose the line to correct in the ledger.</source>
        <translation>Elija en el registro de movimientos la línea que desea corregir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="243"/>
        <source>{done} of {required} done</source>
        <translation>{done} de {required} cumplidas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="248"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="248"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="248"/>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="249"/>
        <source>Hours worked</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="257"/>
        <source>Record &amp;hours…</source>
        <translation>Registrar &amp;horas…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="263"/>
        <source>Done on {day}: {evidence}</source>
        <translation>Cumplido el {day}: {evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="270"/>
        <source>Not done yet (by {day}).</source>
        <translation>Aún no se ha cumplido (plazo: {day}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="272"/>
        <source>Not done yet.</source>
        <translation>Aún no se ha cumplido.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="274"/>
        <source>&amp;Mark done…</source>
        <translation>Marcar como &amp;cumplido…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="282"/>
        <source>Behind since {day}, past the {days}-day grace period. What now?</source>
        <translation>Atrasado desde el {day}; ya pasó el período de gracia de {days} días. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="289"/>
        <source>Send a &amp;reminder…</source>
        <translation>Enviar una carta de &amp;recordatorio…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="290"/>
        <source>&amp;Amend the agreement…</source>
        <translation>&amp;Modificar el acuerdo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_monitoring/terms_view.py" line="291"/>
        <source>Return to the referral &amp;source…</source>
        <translation>&amp;Devolver a la fuente de remisión…</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="62"/>
        <source>Change the term</source>
        <translation>Cambiar el término</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="62"/>
        <source>Add a term</source>
        <translation>Agregar un término</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="80"/>
        <source>e.g. 480.00</source>
        <translation>p. ej., 480.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="88"/>
        <source>e.g. A handwritten letter of apology</source>
        <translation>p. ej., una carta de disculpa escrita a mano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="91"/>
        <source>&amp;By a deadline</source>
        <translation>&amp;Antes de una fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="92"/>
        <source>In &amp;instalments</source>
        <translation>En &amp;cuotas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="114"/>
        <source>&amp;Kind *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="115"/>
        <source>&amp;Description *</source>
        <translation>&amp;Descripción *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="116"/>
        <source>&amp;Responsible *</source>
        <translation>&amp;Responsable *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="117"/>
        <source>&amp;Amount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="118"/>
        <source>H&amp;ours *</source>
        <translation>H&amp;oras *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="119"/>
        <source>&amp;What is delivered or done *</source>
        <translation>&amp;Qué se entrega o se hace *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="120"/>
        <source>&amp;Paid to *</source>
        <translation>&amp;Beneficiario(a) del pago *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="129"/>
        <source>Dead&amp;line *</source>
        <translation>&amp;Fecha límite *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="130"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="135"/>
        <source>Keep this &amp;term</source>
        <translation>&amp;Guardar este término</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="253"/>
        <source>Type the amount like 480.00.</source>
        <translation>Escriba el monto como 480.00.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/term_dialog.py" line="262"/>
        <source>Type each share like 50.00.</source>
        <translation>Escriba cada parte como 50.00.</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="45"/>
        <source>Terms of the agreement</source>
        <translation>Términos del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="47"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="47"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="48"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="48"/>
        <source>Paid to</source>
        <translation>Beneficiario(a) del pago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="57"/>
        <source>Enter changes a term; Alt+Up and Alt+Down move it.</source>
        <translation>Con Enter se cambia un término; con Alt+Flecha arriba y Alt+Flecha abajo se mueve.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="63"/>
        <source>&amp;Add a term…</source>
        <translation>&amp;Agregar un término…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="65"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="66"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreement/terms_panel.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="41"/>
        <source>vomdesk is locked</source>
        <translation>vomdesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="47"/>
        <location filename="../../ui/pages/unlock_page.py" line="48"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="49"/>
        <location filename="../../ui/pages/unlock_page.py" line="136"/>
        <location filename="../../ui/pages/unlock_page.py" line="143"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="52"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="55"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="59"/>
        <source>Into a new, empty folder; vomdesk then opens that folder</source>
        <translation>En una carpeta nueva y vacía; luego vomdesk abre esa carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="70"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="98"/>
        <source>Case records in {folder}</source>
        <translation>Expedientes en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="121"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="126"/>
        <location filename="../../ui/pages/unlock_page.py" line="131"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="37"/>
        <source>Add a venue</source>
        <translation>Agregar un lugar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="37"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="44"/>
        <source>&amp;Accessible</source>
        <translation>&amp;Accesible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="45"/>
        <source>Accessible</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="46"/>
        <source>Step-free entrance and an accessible toilet.</source>
        <translation>Entrada sin escalones y baño accesible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="47"/>
        <source>Separate &amp;private waiting rooms</source>
        <translation>Salas de espera &amp;privadas separadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="48"/>
        <source>Private waiting rooms</source>
        <translation>Salas de espera privadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="50"/>
        <source>Lets the victim and the offender wait apart before the meeting.</source>
        <translation>Permite que la víctima y el ofensor esperen por separado antes de la reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="54"/>
        <source>e.g. ask the caretaker for the key</source>
        <translation>p. ej., pedir la llave al conserje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="57"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="58"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="61"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="110"/>
        <source>Give the venue a name.</source>
        <translation>Escriba un nombre para el lugar.</translation>
    </message>
</context>
<context>
    <name>Venues</name>
    <message>
        <location filename="../../services/venues.py" line="26"/>
        <source>Give the venue a name.</source>
        <translation>Escriba un nombre para el lugar.</translation>
    </message>
    <message>
        <location filename="../../services/venues.py" line="39"/>
        <source>There is already a venue with this name.</source>
        <translation>Ya existe un lugar con este nombre.</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="58"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="58"/>
        <source>Accessible</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="59"/>
        <source>Private waiting rooms</source>
        <translation>Salas de espera privadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="59"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="72"/>
        <source>{name} (retired)</source>
        <translation>{name} (dado de baja)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="73"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="73"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="87"/>
        <location filename="../../ui/pages/venues_panel.py" line="93"/>
        <source>Venues</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="107"/>
        <source>Places the program meets in. A venue named in cases is retired, not deleted.</source>
        <translation>Lugares donde se reúne el programa. Un lugar que figura en casos se da de baja, no se elimina.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="112"/>
        <source>Add &amp;venue…</source>
        <translation>Agregar lug&amp;ar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="113"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="114"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="115"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="193"/>
        <source>Remove venue</source>
        <translation>Eliminar lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="194"/>
        <source>Remove the venue “{name}”?</source>
        <translation>¿Desea eliminar el lugar “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="210"/>
        <source>Venue retired</source>
        <translation>Lugar dado de baja</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_panel.py" line="212"/>
        <source>This venue is named in cases, so it was retired rather than deleted: it no longer appears in the lists, and the cases keep it.</source>
        <translation>Este lugar figura en casos, por lo que se dio de baja en vez de eliminarse: ya no aparece en las listas y los casos lo conservan.</translation>
    </message>
</context>
<context>
    <name>VictimChoicesForm</name>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="64"/>
        <source>The victim wants to &amp;take part</source>
        <translation>La víctima desea &amp;participar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="65"/>
        <source>The victim wants to take part</source>
        <translation>La víctima desea participar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="70"/>
        <source>Form of meeting: {form}</source>
        <translation>Forma de reunión: {form}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="73"/>
        <source>The no-contact order allows only indirect forms.</source>
        <translation>La orden de no contacto solo permite formas indirectas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="83"/>
        <source>e.g. her sister, a victim advocate</source>
        <translation>p. ej., su hermana, un(a) defensor(a) de víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="96"/>
        <source>e.g. she turns over her card</source>
        <translation>p. ej., voltea su tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="108"/>
        <source>The victim decides.</source>
        <translation>La víctima decide.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="110"/>
        <source>&amp;Form of meeting *</source>
        <translation>&amp;Forma de reunión *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="111"/>
        <source>Preferred &amp;days</source>
        <translation>&amp;Días preferidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="112"/>
        <source>Parts of the da&amp;y</source>
        <translation>&amp;Momentos del día</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="113"/>
        <source>T&amp;imes</source>
        <translation>&amp;Horarios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="114"/>
        <source>Ve&amp;nue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="115"/>
        <source>Other &amp;place</source>
        <translation>&amp;Otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="116"/>
        <source>Who the victim &amp;wants there</source>
        <translation>&amp;Asistentes que desea la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="118"/>
        <source>S&amp;upport persons</source>
        <translation>Personas de apo&amp;yo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="119"/>
        <source>&amp;Seating</source>
        <translation>Disposición de los a&amp;sientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="122"/>
        <source>The victim decides who speaks first.</source>
        <translation>La víctima decide quién habla primero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="123"/>
        <source>Who speaks fi&amp;rst</source>
        <translation>Quién habla p&amp;rimero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="124"/>
        <source>T&amp;opics to raise</source>
        <translation>&amp;Temas a tratar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="125"/>
        <source>&amp;Questions for the offender</source>
        <translation>Pre&amp;guntas para el ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="127"/>
        <source>How to ask for a &amp;break or end</source>
        <translation>Cómo pedir una pa&amp;usa o terminar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="129"/>
        <source>Restitution sought</source>
        <translation>Restitución solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="161"/>
        <source>Never printed on documents for the offender side</source>
        <translation>Nunca se imprime en documentos para la parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="166"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="207"/>
        <source>Not chosen yet</source>
        <translation>Aún no se ha elegido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="212"/>
        <source>{name} (no longer on the list)</source>
        <translation>{name} (ya no está en la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="214"/>
        <source>Another place…</source>
        <translation>Otro lugar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="224"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/preparation/victim_choices_form.py" line="316"/>
        <source>Correct the lines marked above.</source>
        <translation>Corrija las líneas marcadas arriba.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="174"/>
        <source>Withdrawal of consent</source>
        <translation>Retiro del consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="177"/>
        <source>{name} gave consent on {date}. A withdrawal blocks scheduling at once.</source>
        <translation>{name} dio su consentimiento el {date}. El retiro bloquea la programación de inmediato.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="187"/>
        <source>&amp;Withdrawn on *</source>
        <translation>&amp;Fecha de retiro *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="188"/>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="189"/>
        <source>Record &amp;withdrawal</source>
        <translation>&amp;Registrar el retiro</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/pages/workspace.py" line="40"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="48"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="49"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="50"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="51"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="56"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="57"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
</context>
</TS>
