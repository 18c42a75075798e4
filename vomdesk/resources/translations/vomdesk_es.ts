<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
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
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="80"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="86"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="95"/>
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
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
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
        <location filename="../../ui/dialogs/security_dialogs.py" line="120"/>
        <source>New recovery kit</source>
        <translation>Nuevo kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="125"/>
        <source>This makes a new recovery key. Print the kit, then type the key back below. From then on, every older kit no longer opens the case records.</source>
        <translation>Esto crea una nueva clave de recuperación. Imprima el kit y luego escriba la clave abajo. A partir de entonces, ningún kit anterior podrá abrir los expedientes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="136"/>
        <source>&amp;Type the key from the printed kit</source>
        <translation>&amp;Escriba la clave del kit impreso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/security_dialogs.py" line="147"/>
        <source>&amp;Use the new key</source>
        <translation>&amp;Usar la clave nueva</translation>
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
        <location filename="../../domain/passphrase_rules.py" line="44"/>
        <source>This is one of the first passwords anyone would try. Choose your own words.</source>
        <translation>Esta es una de las primeras contraseñas que cualquiera probaría. Elija sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="47"/>
        <source>Do not use the program&apos;s or your own name: others know them.</source>
        <translation>No use el nombre del programa ni su propio nombre: otras personas los conocen.</translation>
    </message>
    <message>
        <location filename="../../domain/passphrase_rules.py" line="50"/>
        <source>Too easy to guess: avoid repeated characters and runs like 1234 or abcd. Add another word or two.</source>
        <translation>Demasiado fácil de adivinar: evite caracteres repetidos y secuencias como 1234 o abcd. Agregue una o dos palabras más.</translation>
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
        <location filename="../../ui/dialogs/recovery_dialog.py" line="40"/>
        <source>&amp;Open and set passphrase</source>
        <translation>&amp;Abrir y establecer la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="43"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="72"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="85"/>
        <source>The case records could not be opened: {error}</source>
        <translation>No se pudieron abrir los expedientes: {error}</translation>
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
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="34"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="35"/>
        <source>&amp;Save the kit as PDF…</source>
        <translation>&amp;Guardar el kit como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="36"/>
        <source>&amp;Print the kit…</source>
        <translation>&amp;Imprimir el kit…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="58"/>
        <source>Save the recovery kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="74"/>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Se guardó en {path}. Imprímalo y luego elimine el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="82"/>
        <source>Recovery kit not saved</source>
        <translation>No se guardó el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="84"/>
        <source>The kit could not be saved there ({reason}). Choose another place.</source>
        <translation>No se pudo guardar el kit en ese lugar ({reason}). Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="88"/>
        <source>Saving the kit…</source>
        <translation>Guardando el kit…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="92"/>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_kit_panel.py" line="93"/>
        <source>Sent to the printer. Keep the sheet locked away.</source>
        <translation>Se envió a la impresora. Guarde la hoja bajo llave.</translation>
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
        <location filename="../../domain/settings.py" line="77"/>
        <source>Case number format</source>
        <translation>Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="78"/>
        <source>YYYY is the year, NNN the running number: YYYY-NNN gives 2026-014.</source>
        <translation>YYYY es el año y NNN el número consecutivo: YYYY-NNN da 2026-014.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="84"/>
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
        <location filename="../../ui/pages/settings_page.py" line="89"/>
        <source>&amp;Restore them</source>
        <translation>&amp;Restaurarlos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90"/>
        <source>&amp;Discard</source>
        <translation>De&amp;scartar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="97"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="99"/>
        <source>Program &amp;name *</source>
        <translation>Nombre del &amp;programa *</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="100"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="101"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="102"/>
        <source>&amp;Mediator name</source>
        <translation>Nombre del &amp;mediador(a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="103"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="106"/>
        <source>&amp;Juvenile under age</source>
        <translation>Caso &amp;juvenil si es menor de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="110"/>
        <source>Case &amp;number format</source>
        <translation>&amp;Formato del número de caso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="115"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="117"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="118"/>
        <source>Takes effect the next time vomdesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie vomdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="122"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="124"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="125"/>
        <source>Print a new recovery &amp;kit…</source>
        <translation>Imprimir un nuevo &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127"/>
        <source>Open without my passphrase while I am logged in to this computer</source>
        <translation>Abrir sin mi frase de contraseña mientras tenga la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="148"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="254"/>
        <location filename="../../ui/pages/settings_page.py" line="288"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="261"/>
        <source>Type the program&apos;s name: it heads every letter.</source>
        <translation>Escriba el nombre del programa: aparece en el encabezado de cada carta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="270"/>
        <source>Case numbers will look like {example}</source>
        <translation>Los números de caso se verán así: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="280"/>
        <source>Changes you had not saved were kept ({when}).</source>
        <translation>Se conservaron los cambios que no había guardado ({when}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="299"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="318"/>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="323"/>
        <source>Saved at {time}</source>
        <translation>Se guardó a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="336"/>
        <source>After “Lock now” the passphrase is always needed.</source>
        <translation>Después de “Bloquear ahora” siempre se necesita la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="338"/>
        <source>This computer has no secure keychain that vomdesk can use.</source>
        <translation>Esta computadora no tiene un llavero seguro del sistema que vomdesk pueda usar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="350"/>
        <source>Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="351"/>
        <source>The keychain could not be changed: {error}</source>
        <translation>No se pudo cambiar el llavero del sistema: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="359"/>
        <source>Passphrase changed</source>
        <translation>Se cambió la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="359"/>
        <source>Use the new passphrase from now on.</source>
        <translation>De ahora en adelante, use la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="366"/>
        <source>New recovery kit</source>
        <translation>Nuevo kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="367"/>
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
        <location filename="../../ui/setup_wizard.py" line="298"/>
        <source>Creating the encrypted case records…</source>
        <translation>Creando los expedientes cifrados…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="326"/>
        <source>Keychain not used</source>
        <translation>No se usa el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="328"/>
        <source>The keychain refused the key, so vomdesk will ask for your passphrase.</source>
        <translation>El llavero del sistema rechazó la clave, así que vomdesk le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="340"/>
        <source>The case records could not be created: {error}</source>
        <translation>No se pudieron crear los expedientes: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="342"/>
        <source>Set-up not finished</source>
        <translation>No se completó la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="344"/>
        <source>Creating the store…</source>
        <translation>Creando el almacén de expedientes…</translation>
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
        <location filename="../../services/errors.py" line="45"/>
        <source>The computer&apos;s keychain no longer holds the key. Unlock with your passphrase; nothing is lost.</source>
        <translation>El llavero del sistema ya no tiene la clave. Desbloquee con su frase de contraseña; no se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="53"/>
        <source>There are no case records in this folder yet. Set up vomdesk first.</source>
        <translation>Todavía no hay expedientes en esta carpeta. Primero configure vomdesk.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="59"/>
        <source>This folder already holds case records. Choose an empty folder.</source>
        <translation>Esta carpeta ya contiene expedientes. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="65"/>
        <source>The key file (vomdesk.keys) is missing beside the case records. Put it back from a backup of this folder; the records cannot be opened without it. Nothing was changed.</source>
        <translation>Falta el archivo de claves (vomdesk.keys) junto a los expedientes. Restáurelo desde una copia de seguridad de esta carpeta; sin él no se pueden abrir los expedientes. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="73"/>
        <source>The case records file (vomdesk.db) is missing beside its key file. Put it back from a backup of this folder. Nothing was changed.</source>
        <translation>Falta el archivo de expedientes (vomdesk.db) junto a su archivo de claves. Restáurelo desde una copia de seguridad de esta carpeta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="81"/>
        <source>The key file (vomdesk.keys) is damaged. Put it back from a backup of this folder. Nothing was changed.</source>
        <translation>El archivo de claves (vomdesk.keys) está dañado. Restáurelo desde una copia de seguridad de esta carpeta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="89"/>
        <source>The key file and the case records file do not belong together, or the records file is damaged. Put both back from the same backup. Nothing was changed.</source>
        <translation>El archivo de claves y el archivo de expedientes no corresponden entre sí, o el archivo de expedientes está dañado. Restaure ambos desde la misma copia de seguridad. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="97"/>
        <source>These case records were saved by a newer version of vomdesk. Install that version to open them. Nothing was changed.</source>
        <translation>Estos expedientes se guardaron con una versión más reciente de vomdesk. Instale esa versión para abrirlos. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="105"/>
        <source>vomdesk cannot write to the data folder. Check that the disk is not read-only and that you may write there. Nothing was changed.</source>
        <translation>vomdesk no puede escribir en la carpeta de datos. Verifique que el disco no sea de solo lectura y que usted tenga permiso para escribir allí. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="113"/>
        <source>The disk is full. Free some space and try again; what was saved before is safe.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo; lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="120"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Elija una frase de contraseña más segura.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="126"/>
        <source>Some settings need correcting before they can be saved.</source>
        <translation>Corrija algunos valores de la configuración antes de guardarla.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="30"/>
        <source>The case records could not be opened: {error}</source>
        <translation>No se pudieron abrir los expedientes: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="47"/>
        <source>vomdesk is locked</source>
        <translation>vomdesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="53"/>
        <location filename="../../ui/pages/unlock_page.py" line="54"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="55"/>
        <location filename="../../ui/pages/unlock_page.py" line="131"/>
        <location filename="../../ui/pages/unlock_page.py" line="138"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="58"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="69"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="95"/>
        <source>Case records in {folder}</source>
        <translation>Expedientes en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="116"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="121"/>
        <location filename="../../ui/pages/unlock_page.py" line="126"/>
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
        <location filename="../../ui/pages/workspace.py" line="42"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="47"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="48"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="90"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workspace.py" line="91"/>
        <source>Save the changes to the settings before leaving?</source>
        <translation>¿Desea guardar los cambios de la configuración antes de salir?</translation>
    </message>
</context>
</TS>
