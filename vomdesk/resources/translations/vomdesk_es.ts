<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="71"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="74"/>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Volver a la lista de casos (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="75"/>
        <source>Back to the case list</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="78"/>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="96"/>
        <source>Case {number}</source>
        <translation>Caso {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="98"/>
        <source>No victim or offender yet</source>
        <translation>Todavía no hay víctima ni ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="105"/>
        <source>Juvenile</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="105"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="107"/>
        <source>Juvenile or adult: not known yet</source>
        <translation>Menor o adulto: aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="115"/>
        <source>{count} flags</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="117"/>
        <source>Extra care: {flags}</source>
        <translation>Cuidado especial: {flags}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="124"/>
        <source>No-contact order</source>
        <translation>Orden de no contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="128"/>
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
        <source>Victim / offender: {names}</source>
        <translation>Víctima / ofensor: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="253"/>
        <source>Past due: {due}</source>
        <translation>Vencido: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="255"/>
        <source>Not known yet: no offender&apos;s date of birth</source>
        <translation>Aún no se sabe: falta la fecha de nacimiento del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="263"/>
        <source>Court number {number}</source>
        <translation>Número de causa del tribunal: {number}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="58"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="58"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="58"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="58"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="60"/>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="71"/>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="72"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="73"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="101"/>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="176"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_workspace.py" line="177"/>
        <source>Save the changes to this referral before leaving?</source>
        <translation>¿Desea guardar los cambios de esta remisión antes de salir?</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="83"/>
        <location filename="../../ui/pages/cases_page.py" line="204"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="85"/>
        <location filename="../../ui/pages/cases_page.py" line="87"/>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="86"/>
        <source>Record a new referral (Ctrl+N)</source>
        <translation>Registrar una nueva remisión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="90"/>
        <source>Search names, case numbers, court numbers, referral sources</source>
        <translation>Buscar nombres, números de caso, números de causa, fuentes de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="95"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="96"/>
        <source>Search cases (Ctrl+F)</source>
        <translation>Buscar casos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="98"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="99"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="100"/>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="103"/>
        <location filename="../../ui/pages/cases_page.py" line="104"/>
        <source>Juvenile or adult</source>
        <translation>Menor o adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="105"/>
        <location filename="../../ui/pages/cases_page.py" line="236"/>
        <source>Juvenile</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="106"/>
        <location filename="../../ui/pages/cases_page.py" line="236"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="107"/>
        <source>Year received</source>
        <translation>Año de recepción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="108"/>
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="109"/>
        <source>Referral source</source>
        <translation>Fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="110"/>
        <source>Any referral source</source>
        <translation>Cualquier fuente de remisión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="113"/>
        <location filename="../../ui/pages/cases_page.py" line="115"/>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="120"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="131"/>
        <source>No cases to show</source>
        <translation>No hay casos que mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="136"/>
        <location filename="../../ui/pages/cases_page.py" line="138"/>
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="350"/>
        <source>The case list could not be read. Try again in a moment.</source>
        <translation>No se pudo leer la lista de casos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="356"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="386"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="386"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="395"/>
        <source>No cases yet. Record the first referral with New referral (Ctrl+N).</source>
        <translation>Todavía no hay casos. Registre la primera remisión con Nueva remisión (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="401"/>
        <source>No case matches “{text}” with these filters</source>
        <translation>Con estos filtros, ningún caso coincide con “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="403"/>
        <source>No case matches “{text}”</source>
        <translation>Ningún caso coincide con “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="405"/>
        <source>No case matches these filters</source>
        <translation>Ningún caso coincide con estos filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="410"/>
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
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="156"/>
        <source>Check your recovery kit</source>
        <translation>Verifique su kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="159"/>
        <source>Type the recovery key from your printed kit. Dashes and capitals do not matter.</source>
        <translation>Escriba la clave de recuperación de su kit impreso. No importa si usa guiones, mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="181"/>
        <source>This is a valid key, but not the one on this kit. Did you print an older kit?</source>
        <translation>Esta clave es válida, pero no es la de este kit. ¿Imprimió un kit anterior?</translation>
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
    <name>Intake</name>
    <message>
        <location filename="../../services/cases.py" line="48"/>
        <source>Describe the offence.</source>
        <translation>Describa el delito.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="54"/>
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
</context>
<context>
    <name>KeychainPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="197"/>
        <source>Opening vomdesk</source>
        <translation>Cómo se abre vomdesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="198"/>
        <source>Choose how vomdesk opens on this computer.</source>
        <translation>Elija cómo se abre vomdesk en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="200"/>
        <source>Open &amp;without my passphrase while I am logged in to this computer</source>
        <translation>Abrir &amp;sin mi frase de contraseña mientras tenga la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="215"/>
        <source>The key is kept in this computer&apos;s keychain. Only use this if nobody else uses your login. After “Lock now” the passphrase is always needed.</source>
        <translation>La clave se guarda en el llavero del sistema de esta computadora. Use esta opción solo si nadie más usa su cuenta de usuario. Después de “Bloquear ahora” siempre se necesita la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="223"/>
        <source>This computer has no secure keychain that vomdesk can use, so you will type your passphrase each time. That is the safest choice anyway.</source>
        <translation>Esta computadora no tiene un llavero seguro del sistema que vomdesk pueda usar, así que escribirá su frase de contraseña cada vez. De todos modos, es la opción más segura.</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="121"/>
        <source>Your recovery kit</source>
        <translation>Su kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="124"/>
        <source>If you forget the passphrase, this key is the only way to open the case records. Print the kit now and keep it locked away, never with the laptop.</source>
        <translation>Si olvida la frase de contraseña, esta clave es la única manera de abrir los expedientes. Imprima el kit ahora y guárdelo bajo llave, nunca junto con la computadora portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="130"/>
        <source>I have printed or saved the kit and will &amp;keep it locked away</source>
        <translation>Ya imprimí o guardé el kit y lo &amp;mantendré bajo llave</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
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
    <name>MissingPanel</name>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="193"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="202"/>
        <source>Nothing is missing for the next step.</source>
        <translation>No falta nada para el siguiente paso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="223"/>
        <source>Before preparation can start:</source>
        <translation>Antes de empezar la preparación:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="225"/>
        <source>Checks for this step come with its page.</source>
        <translation>Las verificaciones de este paso llegarán con su página.</translation>
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
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="60"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="60"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="60"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="60"/>
        <source>Accompanies</source>
        <translation>Acompaña a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="61"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="69"/>
        <source>Victim side</source>
        <translation>Parte de la víctima</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="69"/>
        <source>Offender side</source>
        <translation>Parte del ofensor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="70"/>
        <source>Neutral</source>
        <translation>Imparcial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="77"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="92"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="104"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="105"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="106"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="151"/>
        <source>Contact of {name}</source>
        <translation>Contacto de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="211"/>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_participants.py" line="212"/>
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
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="96"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="99"/>
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
    <name>Problems</name>
    <message>
        <location filename="../../ui/texts.py" line="30"/>
        <source>Something went wrong: {error}</source>
        <translation>Ocurrió un problema: {error}</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Your program</source>
        <translation>Su programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="54"/>
        <source>These details go on the letterhead of letters and agreements. You can change them later in Settings.</source>
        <translation>Estos datos aparecen en el membrete de las cartas y los acuerdos. Puede cambiarlos más tarde en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="59"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="62"/>
        <source>Program address</source>
        <translation>Dirección del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>Program phone</source>
        <translation>Teléfono del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Mediator name</source>
        <translation>Nombre del mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="70"/>
        <source>Program &amp;name *</source>
        <translation>Nombre del &amp;programa *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="73"/>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../domain/readiness.py" line="52"/>
        <source>Add the victim.</source>
        <translation>Agregue a la víctima.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="54"/>
        <source>Add the offender.</source>
        <translation>Agregue al ofensor.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="56"/>
        <source>Record the offence.</source>
        <translation>Registre el delito.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="59"/>
        <source>Enter the incident date.</source>
        <translation>Escriba la fecha del incidente.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="70"/>
        <source>Enter the offender&apos;s date of birth (juvenile or adult).</source>
        <translation>Escriba la fecha de nacimiento del ofensor (menor de edad o adulto).</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="79"/>
        <source>Add a parent or guardian for the juvenile offender.</source>
        <translation>Agregue al padre, madre o tutor legal del ofensor menor de edad.</translation>
    </message>
    <message>
        <location filename="../../domain/readiness.py" line="88"/>
        <source>Note what the no-contact order allows.</source>
        <translation>Anote lo que permite la orden de no contacto.</translation>
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
        <source>Mediator name</source>
        <translation>Nombre del mediador(a)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="67"/>
        <source>Printed under the mediator&apos;s signature line.</source>
        <translation>Se imprime debajo de la línea de firma del mediador(a).</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="70"/>
        <source>Juvenile age threshold</source>
        <translation>Edad límite para casos juveniles</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="71"/>
        <source>An offender younger than this on the incident date makes the case juvenile.</source>
        <translation>Si el ofensor tenía menos de esta edad en la fecha del incidente, el caso es juvenil.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="78"/>
        <source>Case number format</source>
        <translation>Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="79"/>
        <source>YYYY is the year, NNN the running number: YYYY-NNN gives 2026-014.</source>
        <translation>YYYY es el año y NNN el número consecutivo: YYYY-NNN da 2026-014.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="85"/>
        <source>Language of the application</source>
        <translation>Idioma de la aplicación</translation>
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
        <location filename="../../ui/pages/settings_page.py" line="83"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="85"/>
        <source>Program &amp;name *</source>
        <translation>Nombre del &amp;programa *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="86"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="87"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="88"/>
        <source>&amp;Mediator name</source>
        <translation>Nombre del &amp;mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="89"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="92"/>
        <source>&amp;Juvenile under age</source>
        <translation>Caso &amp;juvenil si es menor de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96"/>
        <source>Case &amp;number format</source>
        <translation>&amp;Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="101"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="103"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="104"/>
        <source>Takes effect the next time vomdesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie vomdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="108"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="110"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="111"/>
        <source>Print a new recovery &amp;kit…</source>
        <translation>Imprimir un nuevo &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="113"/>
        <source>Open without my passphrase while I am logged in to this computer</source>
        <translation>Abrir sin mi frase de contraseña mientras tenga la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="134"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="231"/>
        <location filename="../../ui/pages/settings_page.py" line="248"/>
        <location filename="../../ui/pages/settings_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="232"/>
        <source>Save the changes to the settings before leaving?</source>
        <translation>¿Desea guardar los cambios de la configuración antes de salir?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="255"/>
        <source>Type the program&apos;s name: it heads every letter.</source>
        <translation>Escriba el nombre del programa: aparece en el encabezado de cada carta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="264"/>
        <source>Case numbers will look like {example}</source>
        <translation>Los números de caso se verán así: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="286"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="305"/>
        <source>Saved at {time}</source>
        <translation>Se guardó a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="327"/>
        <source>After “Lock now” the passphrase is always needed.</source>
        <translation>Después de “Bloquear ahora” siempre se necesita la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="329"/>
        <source>This computer has no secure keychain that vomdesk can use.</source>
        <translation>Esta computadora no tiene un llavero seguro del sistema que vomdesk pueda usar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="340"/>
        <source>Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="341"/>
        <source>The keychain could not be changed: {error}</source>
        <translation>No se pudo cambiar el llavero del sistema: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="349"/>
        <source>Changing the keychain…</source>
        <translation>Cambiando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="357"/>
        <source>Passphrase changed</source>
        <translation>Se cambió la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="357"/>
        <source>Use the new passphrase from now on.</source>
        <translation>De ahora en adelante, use la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="364"/>
        <source>New recovery kit</source>
        <translation>Nuevo kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="365"/>
        <source>The new key is in use. Destroy every older kit.</source>
        <translation>La nueva clave ya está en uso. Destruya todos los kits anteriores.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="237"/>
        <source>Set up vomdesk</source>
        <translation>Configurar vomdesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="262"/>
        <source>Measuring this computer&apos;s speed…</source>
        <translation>Midiendo la velocidad de esta computadora…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="299"/>
        <source>Creating the encrypted case records…</source>
        <translation>Creando los expedientes cifrados…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="327"/>
        <source>Keychain not used</source>
        <translation>No se usa el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="329"/>
        <source>The keychain refused the key, so vomdesk will ask for your passphrase.</source>
        <translation>El llavero del sistema rechazó la clave, así que vomdesk le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="338"/>
        <source>Set-up not finished</source>
        <translation>No se completó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="341"/>
        <source>Creating the store…</source>
        <translation>Creando el almacén de expedientes…</translation>
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
        <location filename="../../ui/pages/case_overview.py" line="169"/>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="169"/>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_overview.py" line="170"/>
        <source>not yet</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
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
        <location filename="../../services/errors.py" line="121"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Elija una frase de contraseña más segura.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="127"/>
        <source>Some settings need correcting before they can be saved.</source>
        <translation>Corrija algunos valores de la configuración antes de guardarla.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="137"/>
        <source>The case records are locked. Unlock them first.</source>
        <translation>Los expedientes están bloqueados. Desbloquéelos primero.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="143"/>
        <source>The change could not be saved just now; nothing was written. Try again in a moment.</source>
        <translation>No se pudo guardar el cambio en este momento; no se escribió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="152"/>
        <source>Some fields need correcting before saving.</source>
        <translation>Corrija algunos campos antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="163"/>
        <source>That case does not exist (any more).</source>
        <translation>Ese caso no existe (o ya no existe).</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="22"/>
        <source>The document could not be sent to the printer. Check that the printer is on and connected, then try again.</source>
        <translation>No se pudo enviar el documento a la impresora. Verifique que la impresora esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="39"/>
        <source>vomdesk is locked</source>
        <translation>vomdesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="45"/>
        <location filename="../../ui/pages/unlock_page.py" line="46"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="47"/>
        <location filename="../../ui/pages/unlock_page.py" line="123"/>
        <location filename="../../ui/pages/unlock_page.py" line="130"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="50"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="61"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="87"/>
        <source>Case records in {folder}</source>
        <translation>Expedientes en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="108"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="113"/>
        <location filename="../../ui/pages/unlock_page.py" line="118"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/pages/workspace.py" line="37"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="43"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="44"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="49"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="50"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
</context>
</TS>
