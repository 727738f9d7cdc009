<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AdaptiveColumns</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Aj&amp;ustes</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>&amp;Transmisión</translation>
    </message>
    <message>
        <source>Stream settings or your stream</source>
        <translation>Ajustes de la transmisión o tu transmisión</translation>
    </message>
    <message>
        <source>The window is narrow: the settings and your stream are on two tabs</source>
        <translation>La ventana es estrecha: los ajustes y tu transmisión están en dos pestañas</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file {path} is a symbolic link; the app does not write through links, so changes are kept for this session only. Remove the link to save them again.</source>
        <translation>El archivo de ajustes {path} es un enlace simbólico; la aplicación no escribe a través de enlaces, así que los cambios solo duran esta sesión. Elimine el enlace para volver a guardarlos.</translation>
    </message>
</context>
<context>
    <name>AsyncPrompt</name>
    <message>
        <source>OBS is live. Stop streaming and continue?</source>
        <translation>OBS está en directo. ¿Detener la transmisión y continuar?</translation>
    </message>
    <message>
        <source>OBS refuses to change its stream destination while it is live. Stop the current stream in OBS, point it at the new FastPix stream, and continue?</source>
        <translation>OBS no cambia el destino de la transmisión mientras está en directo. ¿Detener la transmisión actual en OBS, dirigir OBS a la nueva transmisión de FastPix y continuar?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OBS is live</source>
        <translation>OBS está en directo</translation>
    </message>
    <message>
        <source>Stop streaming and continue</source>
        <translation>Detener la transmisión y continuar</translation>
    </message>
    <message>
        <source>End the broadcast?</source>
        <translation>¿Terminar la emisión?</translation>
    </message>
    <message>
        <source>End the broadcast on {name}?</source>
        <translation>¿Terminar la emisión en {name}?</translation>
    </message>
    <message>
        <source>OBS stops streaming and FastPix finishes the stream: viewers see the end, and the recording is processed now.</source>
        <translation>OBS deja de emitir y FastPix finaliza la transmisión: los espectadores ven el final y la grabación se procesa ahora.</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Terminar emisión</translation>
    </message>
    <message>
        <source>Stop streaming?</source>
        <translation>¿Detener la emisión?</translation>
    </message>
    <message>
        <source>Stop streaming to {name}?</source>
        <translation>¿Detener la emisión a {name}?</translation>
    </message>
    <message>
        <source>OBS stops sending video. FastPix keeps the broadcast open for the stream&apos;s reconnect window, so starting again soon continues it.</source>
        <translation>OBS deja de enviar vídeo. FastPix mantiene la emisión abierta durante la ventana de reconexión de la transmisión, así que volver a empezar pronto la continúa.</translation>
    </message>
    <message>
        <source>Stop streaming</source>
        <translation>Detener emisión</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s destination?</source>
        <translation>¿Reemplazar el destino de OBS?</translation>
    </message>
    <message>
        <source>OBS now sends to {destination}, which was set in OBS after this app&apos;s change. Replace it?</source>
        <translation>OBS envía ahora a {destination}, que se configuró en OBS después del cambio de esta aplicación. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>It is kept as the way back: OBS → Restore previous OBS settings brings it back.</source>
        <translation>Se guarda como camino de vuelta: OBS → Restaurar la configuración anterior de OBS lo recupera.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Quit fastpix-desktop?</source>
        <translation>¿Salir de fastpix-desktop?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>AutostartAction</name>
    <message>
        <source>Start with the system, in the &amp;tray</source>
        <translation>Iniciar con el sistema, en la &amp;bandeja</translation>
    </message>
    <message>
        <source>Could not change starting with the system; see the log.</source>
        <translation>No se pudo cambiar el inicio con el sistema; consulte el registro.</translation>
    </message>
    <message>
        <source>FastPix Desktop will start in the tray when you log in.</source>
        <translation>FastPix Desktop se iniciará en la bandeja al iniciar sesión.</translation>
    </message>
    <message>
        <source>FastPix Desktop will no longer start when you log in.</source>
        <translation>FastPix Desktop ya no se iniciará al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ChannelControl</name>
    <message>
        <source>Make this my channel</source>
        <translation>Convertir en mi canal</translation>
    </message>
    <message>
        <source>Remember this stream (its ID and name, never its key) as yours: the main button then goes live on it.</source>
        <translation>Recordar esta transmisión (su ID y su nombre, nunca su clave) como tuya: el botón principal transmitirá en ella.</translation>
    </message>
    <message>
        <source>Make the selected stream my channel</source>
        <translation>Convertir la transmisión seleccionada en mi canal</translation>
    </message>
    <message>
        <source>Go live on my channel</source>
        <translation>Transmitir en mi canal</translation>
    </message>
    <message>
        <source>This stream is no longer your channel.</source>
        <translation>Esta transmisión ya no es tu canal.</translation>
    </message>
    <message>
        <source>{name} is your channel: Go live on it with one click.</source>
        <translation>{name} es tu canal: transmite en él con un clic.</translation>
    </message>
    <message>
        <source>Go live on {name}</source>
        <translation>Transmitir en {name}</translation>
    </message>
    <message>
        <source>Points OBS at {name} if it does not already, then starts streaming.</source>
        <translation>Apunta OBS a {name} si aún no lo está y luego empieza a transmitir.</translation>
    </message>
    <message>
        <source>Your channel: {name}</source>
        <translation>Tu canal: {name}</translation>
    </message>
    <message>
        <source>No channel chosen: select your usual stream and make it your channel.</source>
        <translation>Ningún canal elegido: selecciona tu transmisión habitual y conviértela en tu canal.</translation>
    </message>
    <message>
        <source>Not my channel</source>
        <translation>No es mi canal</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation>{step}: {state}</translation>
    </message>
    <message>
        <source>{words}. {detail}</source>
        <translation>{words}. {detail}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>ChecklistJob</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>ClipResultView</name>
    <message>
        <source>Clip link</source>
        <translation>Enlace del clip</translation>
    </message>
    <message>
        <source>QR code of the clip link</source>
        <translation>Código QR del enlace del clip</translation>
    </message>
    <message>
        <source>FastPix counts a clip&apos;s times in seconds of the live stream and does not document where they start after a reconnect, so the range may be a few seconds off.</source>
        <translation>FastPix cuenta los tiempos de un clip en segundos de la transmisión en directo y no documenta dónde empiezan tras una reconexión, así que el intervalo puede desviarse unos segundos.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Times are approximate (hover for why).</source>
        <translation>Los tiempos son aproximados (pasa el ratón para ver por qué).</translation>
    </message>
    <message>
        <source>Open the clip link in a player</source>
        <translation>Abrir el enlace del clip en un reproductor</translation>
    </message>
    <message>
        <source>Clip of {start}–{end} of the broadcast</source>
        <translation>Clip de {start}–{end} de la emisión</translation>
    </message>
    <message>
        <source>(shortened to 30 s, FastPix&apos;s documented limit)</source>
        <translation>(recortado a 30 s, el límite documentado de FastPix)</translation>
    </message>
    <message>
        <source>· signed link, plays until {until}</source>
        <translation>· enlace firmado, se reproduce hasta {until}</translation>
    </message>
    <message>
        <source>Signed clip link</source>
        <translation>Enlace firmado del clip</translation>
    </message>
    <message>
        <source>FastPix has not listed the clip yet.</source>
        <translation>FastPix aún no muestra el clip en su lista.</translation>
    </message>
    <message>
        <source>Clip on FastPix: {status}</source>
        <translation>Clip en FastPix: {status}</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>Copiar {label}</translation>
    </message>
    <message>
        <source>Copy {label} to the clipboard</source>
        <translation>Copiar {label} al portapapeles</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Field labels inside a sentence: &apos;lower&apos; lowercases them, &apos;keep&apos; keeps them</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Create &amp;&amp; configure OBS</source>
        <translation>Crear y configurar OBS</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Crear transmisión</translation>
    </message>
    <message>
        <source>Start streaming in OBS when ready</source>
        <translation>Iniciar en OBS cuando esté listo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel creating the stream</source>
        <translation>Cancelar la creación de la transmisión</translation>
    </message>
    <message>
        <source>Nothing running.</source>
        <translation>No hay nada en curso.</translation>
    </message>
    <message>
        <source>OBS stopped streaming; it still points at this stream (Start streaming goes live again).</source>
        <translation>OBS detuvo la transmisión; sigue apuntando a esta transmisión (Iniciar la transmisión vuelve a emitir en directo).</translation>
    </message>
    <message>
        <source>OBS is no longer live: you can create a stream and configure OBS now.</source>
        <translation>OBS ya no está en directo: ahora puedes crear una transmisión y configurar OBS.</translation>
    </message>
    <message>
        <source>{name} was deleted on FastPix.</source>
        <translation>{name} se eliminó en FastPix.</translation>
    </message>
    <message>
        <source>OBS now sends to this stream and is live.</source>
        <translation>OBS ya envía a esta transmisión y está en directo.</translation>
    </message>
    <message>
        <source>OBS now points at this stream. Start streaming in OBS to go live.</source>
        <translation>OBS ya apunta a esta transmisión. Inicia la transmisión en OBS para salir en directo.</translation>
    </message>
    <message>
        <source>OBS no longer points at this stream: it sends to {destination}. Use this stream to point it back.</source>
        <translation>OBS ya no apunta a esta transmisión: envía a {destination}. «Usar esta transmisión» lo vuelve a apuntar.</translation>
    </message>
    <message>
        <source>Lost contact with OBS while it was sending to this stream: OBS may have closed or crashed. What it does is shown again once it is back.</source>
        <translation>Se perdió el contacto con OBS mientras enviaba a esta transmisión: puede que OBS se haya cerrado o bloqueado. Cuando vuelva, aquí se verá de nuevo lo que hace.</translation>
    </message>
    <message>
        <source>Create a new stream</source>
        <translation>Crear una transmisión nueva</translation>
    </message>
    <message>
        <source>Create a FastPix live stream and point OBS at it</source>
        <translation>Crear una transmisión en directo en FastPix y dirigir OBS a ella</translation>
    </message>
    <message>
        <source>Create a FastPix live stream (connect OBS to configure it too)</source>
        <translation>Crear una transmisión en directo en FastPix (conecta OBS para configurarlo también)</translation>
    </message>
    <message>
        <source>Live stream {date}</source>
        <translation>Transmisión en directo {date}</translation>
    </message>
    <message>
        <source>Fix the highlighted settings first; nothing was sent.</source>
        <translation>Corrige primero los ajustes marcados; no se envió nada.</translation>
    </message>
    <message>
        <source>Cancelled after the stream was created. If OBS was already being changed, use Retry OBS or OBS → Restore previous OBS settings.</source>
        <translation>Cancelado después de crear la transmisión. Si OBS ya se estaba modificando, usa Reintentar OBS u OBS → Restaurar los ajustes anteriores de OBS.</translation>
    </message>
    <message>
        <source>Cancelled. If FastPix had already received the request, the stream will show in Your streams, marked as created here and never used.</source>
        <translation>Cancelado. Si FastPix ya había recibido la solicitud, la transmisión aparecerá en Tus transmisiones, marcada como creada aquí y nunca usada.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was created and OBS was not changed.</source>
        <translation>Cancelado. No se creó nada y OBS no se modificó.</translation>
    </message>
    <message>
        <source>OBS was not configured.</source>
        <translation>OBS no se configuró.</translation>
    </message>
    <message>
        <source>Cancelled before OBS was configured.</source>
        <translation>Cancelado antes de configurar OBS.</translation>
    </message>
    <message>
        <source>Connecting to OBS</source>
        <translation>Conectando con OBS</translation>
    </message>
    <message>
        <source>FastPix did not accept some settings.</source>
        <translation>FastPix no aceptó algunos ajustes.</translation>
    </message>
    <message>
        <source>FastPix did not accept some settings; see the messages under the fields.</source>
        <translation>FastPix no aceptó algunos ajustes; consulta los mensajes bajo los campos.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>FastPix credentials</source>
        <translation>Credenciales de FastPix</translation>
    </message>
    <message>
        <source>Welcome! Paste an access token from the FastPix dashboard (Settings → Access Tokens, with permission for live streams). The secret key is kept in your system keyring.</source>
        <translation>¡Bienvenido! Pega un token de acceso del panel de FastPix (Settings → Access Tokens, con permiso para transmisiones en directo). La clave secreta se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Paste an access token from the FastPix dashboard (Settings → Access Tokens, with permission for live streams). The secret key is kept in your system keyring.</source>
        <translation>Pega un token de acceso del panel de FastPix (Settings → Access Tokens, con permiso para transmisiones en directo). La clave secreta se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Access Token ID</source>
        <translation>ID del token de acceso</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Access Token &amp;ID</source>
        <translation>&amp;ID del token de acceso</translation>
    </message>
    <message>
        <source>&amp;Secret Key</source>
        <translation>Clave &amp;secreta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save credentials</source>
        <translation>Guardar las credenciales</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Probar el modo de demostración</translation>
    </message>
    <message>
        <source>Try demo mode without an account</source>
        <translation>Probar el modo de demostración sin cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the credentials with FastPix…</source>
        <translation>Comprobando las credenciales con FastPix…</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Using the FastPix credentials from {username} and {password} (not stored on this computer).</source>
        <translation>Se usan las credenciales de FastPix de {username} y {password} (no se guardan en este equipo).</translation>
    </message>
    <message>
        <source>FastPix &amp;credentials…</source>
        <translation>&amp;Credenciales de FastPix…</translation>
    </message>
    <message>
        <source>&amp;Remove stored FastPix credentials…</source>
        <translation>&amp;Eliminar las credenciales de FastPix guardadas…</translation>
    </message>
    <message>
        <source>{problem} Use Settings → FastPix credentials.</source>
        <translation>{problem} Usa Configuración → Credenciales de FastPix.</translation>
    </message>
    <message>
        <source>No usable system keyring: {reason}. Keys and passwords are kept for this session only and will be asked for again next time.</source>
        <translation>No hay un llavero del sistema utilizable: {reason}. Las claves y contraseñas se guardan solo durante esta sesión y se volverán a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Aviso: {warning}.</translation>
    </message>
    <message>
        <source>{problem} Change {username} and {password}.</source>
        <translation>{problem} Cambia {username} y {password}.</translation>
    </message>
    <message>
        <source>{problem} Use Settings → FastPix credentials to change them.</source>
        <translation>{problem} Cámbialas en Configuración → Credenciales de FastPix.</translation>
    </message>
    <message>
        <source>Saved, but they could not be checked now: {problem}</source>
        <translation>Guardadas, pero no se pudieron comprobar ahora: {problem}</translation>
    </message>
    <message>
        <source>Saved. They are used when you start fastpix-desktop without --demo.</source>
        <translation>Guardadas. Se usan cuando inicias fastpix-desktop sin --demo.</translation>
    </message>
    <message>
        <source>FastPix credentials saved.</source>
        <translation>Credenciales de FastPix guardadas.</translation>
    </message>
    <message>
        <source>Remove FastPix credentials</source>
        <translation>Eliminar las credenciales de FastPix</translation>
    </message>
    <message>
        <source>Remove the stored Access Token ID and Secret Key from the system keyring?</source>
        <translation>¿Eliminar del llavero del sistema el ID del token de acceso y la clave secreta guardados?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>FastPix credentials removed from this computer.</source>
        <translation>Credenciales de FastPix eliminadas de este equipo.</translation>
    </message>
    <message>
        <source>Demo mode: streams are created in the built-in sandbox.</source>
        <translation>Modo de demostración: las transmisiones se crean en el entorno de pruebas integrado.</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>How OBS sends the video to FastPix: RTMPS or SRT</source>
        <translation>Cómo envía OBS el vídeo a FastPix: RTMPS o SRT</translation>
    </message>
    <message>
        <source>The highest resolution FastPix keeps for viewers</source>
        <translation>La resolución más alta que FastPix conserva para el público</translation>
    </message>
    <message>
        <source>Public links play for anyone; private ones need a signed token</source>
        <translation>Los enlaces públicos se reproducen para cualquiera; los privados necesitan un token firmado</translation>
    </message>
    <message>
        <source>Who may watch the recording after the stream</source>
        <translation>Quién puede ver la grabación después de la transmisión</translation>
    </message>
    <message>
        <source>Viewers can rewind the live stream</source>
        <translation>El público puede retroceder en la transmisión en directo</translation>
    </message>
    <message>
        <source>FastPix keeps a video on demand of the stream</source>
        <translation>FastPix guarda un vídeo bajo demanda de la transmisión</translation>
    </message>
    <message>
        <source>FastPix adds English captions (RTMPS only)</source>
        <translation>FastPix añade subtítulos en inglés (solo RTMPS)</translation>
    </message>
    <message>
        <source>Extra key and value pairs sent to FastPix with the stream</source>
        <translation>Pares de clave y valor adicionales que se envían a FastPix con la transmisión</translation>
    </message>
    <message>
        <source>Add a metadata key and value</source>
        <translation>Añadir una clave y un valor de metadatos</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Quitar la entrada de metadatos seleccionada</translation>
    </message>
    <message>
        <source>When OBS points at the new stream, start streaming at once</source>
        <translation>Cuando OBS apunte a la nueva transmisión, empezar a transmitir enseguida</translation>
    </message>
    <message>
        <source>Stop creating the stream</source>
        <translation>Dejar de crear la transmisión</translation>
    </message>
    <message>
        <source>The primary action (Ctrl+Return)</source>
        <translation>La acción principal (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Point OBS at the stream shown here again</source>
        <translation>Volver a dirigir OBS a la transmisión que se muestra aquí</translation>
    </message>
    <message>
        <source>Start streaming in OBS</source>
        <translation>Iniciar la transmisión en OBS</translation>
    </message>
    <message>
        <source>Stop streaming in OBS</source>
        <translation>Detener la transmisión en OBS</translation>
    </message>
    <message>
        <source>From the FastPix dashboard: Settings, Access Tokens</source>
        <translation>Del panel de FastPix: Settings, Access Tokens</translation>
    </message>
    <message>
        <source>Check the credentials with FastPix and keep them</source>
        <translation>Comprobar las credenciales con FastPix y guardarlas</translation>
    </message>
    <message>
        <source>Use the built-in FastPix sandbox; nothing is real</source>
        <translation>Usar el entorno de pruebas integrado de FastPix; nada es real</translation>
    </message>
    <message>
        <source>Paste the obsws:// text from OBS&apos;s Show Connect Info</source>
        <translation>Pega el texto obsws:// de Mostrar información de conexión de OBS</translation>
    </message>
    <message>
        <source>The computer OBS runs on</source>
        <translation>El equipo en el que se ejecuta OBS</translation>
    </message>
    <message>
        <source>The port of OBS&apos;s WebSocket server (4455 unless changed)</source>
        <translation>El puerto del servidor WebSocket de OBS (4455 salvo que se haya cambiado)</translation>
    </message>
    <message>
        <source>Try to connect to OBS with these settings</source>
        <translation>Intentar conectar con OBS con estos ajustes</translation>
    </message>
    <message>
        <source>Keep these OBS connection settings</source>
        <translation>Guardar estos ajustes de conexión con OBS</translation>
    </message>
    <message>
        <source>Where to simulcast: a known service or a custom RTMP address</source>
        <translation>Adónde retransmitir: un servicio conocido o una dirección RTMP personalizada</translation>
    </message>
    <message>
        <source>A name for this simulcast target, for you</source>
        <translation>Un nombre para este destino, para ti</translation>
    </message>
    <message>
        <source>The RTMP address and stream key of the other service</source>
        <translation>La dirección RTMP y la clave de transmisión del otro servicio</translation>
    </message>
    <message>
        <source>Add this simulcast target to the stream</source>
        <translation>Añadir este destino a la transmisión</translation>
    </message>
    <message>
        <source>Turn this simulcast target on or off</source>
        <translation>Activar o desactivar este destino</translation>
    </message>
    <message>
        <source>Remove this simulcast target from the stream</source>
        <translation>Quitar este destino de la transmisión</translation>
    </message>
    <message>
        <source>How long a signed playback link keeps working</source>
        <translation>Cuánto tiempo sigue funcionando un enlace de reproducción firmado</translation>
    </message>
    <message>
        <source>Make a FastPix signing key for private playback links</source>
        <translation>Crear una clave de firma de FastPix para enlaces de reproducción privados</translation>
    </message>
    <message>
        <source>Make a signed playback link for this playback ID</source>
        <translation>Crear un enlace de reproducción firmado para este ID de reproducción</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Responder que sí</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Responder que no</translation>
    </message>
    <message>
        <source>Open the playback link in your web browser</source>
        <translation>Abrir el enlace de reproducción en tu navegador web</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong. The app is still running and nothing was sent to OBS because of it. If it happens again, copy the details below into a bug report; keys and passwords have been removed from them.</source>
        <translation>Algo inesperado salió mal. La aplicación sigue funcionando y por ello no se envió nada a OBS. Si vuelve a ocurrir, copia los detalles de abajo en un informe de error; se han quitado de ellos las claves y contraseñas.</translation>
    </message>
    <message>
        <source>fastpix-desktop: unexpected error</source>
        <translation>fastpix-desktop: error inesperado</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>{summary}

%n errors so far; the newest is last.</source>
        <translation>
            <numerusform>{summary}

%n error hasta ahora; el más reciente está al final.</numerusform>
            <numerusform>{summary}

%n errores hasta ahora; el más reciente está al final.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>No browser opened the link. Copy it into one: {url}</source>
        <translation>Ningún navegador abrió el enlace. Cópialo en uno: {url}</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>&amp;About fastpix-desktop</source>
        <translation>&amp;Acerca de fastpix-desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;fastpix-desktop {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create a FastPix live stream and point OBS at it in one click.&lt;/p&gt;&lt;p&gt;Licence: {licence}&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Secrets are kept in: {keyring}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;fastpix-desktop {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Crea una transmisión en directo de FastPix y configura OBS para ella con un clic.&lt;/p&gt;&lt;p&gt;Licencia: {licence}&lt;/p&gt;&lt;p&gt;Documentación: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Los secretos se guardan en: {keyring}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About fastpix-desktop</source>
        <translation>Acerca de fastpix-desktop</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time fastpix-desktop starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie fastpix-desktop.</translation>
    </message>
</context>
<context>
    <name>LibraryManager</name>
    <message>
        <source>Disable stream</source>
        <translation>Desactivar transmisión</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>¿Desactivar {name}?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Terminar emisión</translation>
    </message>
    <message>
        <source>End the broadcast on {name}?</source>
        <translation>¿Terminar la emisión en {name}?</translation>
    </message>
    <message>
        <source>Remove a playback link</source>
        <translation>Quitar un enlace de reproducción</translation>
    </message>
    <message>
        <source>Which playback link of {name} should be removed? {rule}</source>
        <translation>¿Qué enlace de reproducción de {name} debe quitarse? {rule}</translation>
    </message>
    <message>
        <source>Delete stream</source>
        <translation>Eliminar transmisión</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete a stream in use?</source>
        <translation>¿Eliminar una transmisión en uso?</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Eliminar de todos modos</translation>
    </message>
    <message>
        <source>No stream in Your streams is marked as created here and never used; nothing was deleted.</source>
        <translation>Ninguna transmisión de Tus transmisiones está marcada como creada aquí y nunca usada; no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unused streams</source>
        <translation>Eliminar transmisiones sin usar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stream(s) created here that OBS never used?</source>
        <translation>
            <numerusform>¿Eliminar %n transmisión creada aquí que OBS nunca usó?</numerusform>
            <numerusform>¿Eliminar %n transmisiones creadas aquí que OBS nunca usó?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Eliminarlas</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Refresh the stream list</source>
        <translation>Actualizar la lista de transmisiones</translation>
    </message>
    <message>
        <source>Use this stream: point OBS at it</source>
        <translation>Usar esta transmisión: apuntar OBS a ella</translation>
    </message>
    <message>
        <source>Manage the selected stream</source>
        <translation>Gestionar la transmisión seleccionada</translation>
    </message>
    <message>
        <source>Delete the streams created here that OBS never used</source>
        <translation>Eliminar las transmisiones creadas aquí que OBS nunca usó</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Your channel could not be loaded: {error}</source>
        <translation>No se pudo cargar tu canal: {error}</translation>
    </message>
    <message>
        <source>Some streams could not be loaded: {error}</source>
        <translation>No se pudieron cargar algunas transmisiones: {error}</translation>
    </message>
    <message>
        <source>Only the newest {count} streams are shown: FastPix says there are {total}.</source>
        <translation>Solo se muestran los {count} streams más recientes: FastPix indica que hay {total}.</translation>
    </message>
    <message>
        <source>OBS is live: the live stream stays on screen. Stop streaming to see another stream&apos;s details.</source>
        <translation>OBS está en directo: la transmisión en directo sigue en pantalla. Detén la transmisión para ver los detalles de otra.</translation>
    </message>
    <message>
        <source>OBS points at this stream.</source>
        <translation>OBS apunta a esta transmisión.</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún no conectado</translation>
    </message>
    <message>
        <source>OBS is not connected ({reason}): connect it first.</source>
        <translation>OBS no está conectado ({reason}): conéctalo primero.</translation>
    </message>
</context>
<context>
    <name>LibraryPrompts</name>
    <message>
        <source>OBS&apos;s destination cannot be saved</source>
        <translation>No se puede guardar el destino de OBS</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination cannot be saved because {reason}; change OBS anyway?</source>
        <translation>El destino actual de OBS no se puede guardar porque {reason}; ¿cambiar OBS de todos modos?</translation>
    </message>
    <message>
        <source>Without a saved copy, Restore previous OBS settings cannot bring back what OBS sends to now.</source>
        <translation>Sin una copia guardada, «Restaurar los ajustes anteriores de OBS» no podrá recuperar adónde envía OBS ahora.</translation>
    </message>
    <message>
        <source>Change OBS anyway</source>
        <translation>Cambiar OBS de todos modos</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Edit stream</source>
        <translation>Editar transmisión</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reconnect window</source>
        <translation>Ventana de reconexión</translation>
    </message>
    <message>
        <source>Other metadata (KEY=VALUE a line)</source>
        <translation>Otros metadatos (CLAVE=VALOR por línea)</translation>
    </message>
    <message>
        <source>The reconnect window must be {low} to {high} seconds; {typed} is not.</source>
        <translation>La ventana de reconexión debe ser de {low} a {high} segundos; {typed} no lo es.</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>created here, never used</source>
        <translation>creada aquí, nunca usada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Max resolution</source>
        <translation>Resolución máxima</translation>
    </message>
    <message>
        <source>DVR</source>
        <translation>DVR</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>public</source>
        <translation>pública</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{title} ({mark})</source>
        <translation>{title} ({mark})</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>{title}
Stream ID: {stream_id}</source>
        <translation>{title}
ID de transmisión: {stream_id}</translation>
    </message>
    <message>
        <source>This app created the stream, but OBS was never pointed at it (a cancelled run or a failed OBS step). You can delete all such streams at once.</source>
        <translation>Esta aplicación creó la transmisión, pero OBS nunca se dirigió a ella (una ejecución cancelada o un paso de OBS fallido). Puedes eliminar todas esas transmisiones a la vez.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Rename / edit…</source>
        <translation>Renombrar / editar…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation>Finalizar la emisión…</translation>
    </message>
    <message>
        <source>Add a public playback link</source>
        <translation>Añadir un enlace de reproducción público</translation>
    </message>
    <message>
        <source>Add a private playback link</source>
        <translation>Añadir un enlace de reproducción privado</translation>
    </message>
    <message>
        <source>Remove a playback link…</source>
        <translation>Quitar un enlace de reproducción…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Stream library</source>
        <translation>Biblioteca de transmisiones</translation>
    </message>
    <message>
        <source>Search by name or stream ID</source>
        <translation>Buscar por nombre o ID de transmisión</translation>
    </message>
    <message>
        <source>Search streams</source>
        <translation>Buscar transmisiones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>Use this stream</source>
        <translation>Usar esta transmisión</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
    <message>
        <source>Delete unused streams…</source>
        <translation>Eliminar transmisiones sin usar…</translation>
    </message>
    <message>
        <source>Deletes every stream this app created that OBS was never pointed at (cancelled runs, failed OBS steps).</source>
        <translation>Elimina todas las transmisiones que creó esta aplicación y a las que OBS nunca se dirigió (ejecuciones canceladas, pasos de OBS fallidos).</translation>
    </message>
    <message>
        <source>Loading streams… {loaded} of {total}</source>
        <translation>Cargando transmisiones… {loaded} de {total}</translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation>Cargando transmisiones…</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n transmisión</numerusform>
            <numerusform>%n transmisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n stream(s)</source>
        <translation>
            <numerusform>{count} de %n transmisión</numerusform>
            <numerusform>{count} de %n transmisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} matching · {words}</source>
        <translation>{shown} coincidencias · {words}</translation>
    </message>
    <message>
        <source>A disabled stream refuses encoders: enable it first.</source>
        <translation>Una transmisión desactivada rechaza los codificadores: actívala primero.</translation>
    </message>
    <message>
        <source>Point OBS at this stream (no new stream is created).</source>
        <translation>Dirigir OBS a esta transmisión (no se crea ninguna nueva).</translation>
    </message>
    <message>
        <source>This stream has no playback link to remove.</source>
        <translation>Esta transmisión no tiene ningún enlace de reproducción que quitar.</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Safari and players such as VLC play these links; most other desktop browsers download a .m3u8 file instead of playing it. FastPix documents no player page that takes a token.</source>
        <translation>Safari y reproductores como VLC reproducen estos enlaces; la mayoría de los demás navegadores de escritorio descargan un archivo .m3u8 en lugar de reproducirlo. FastPix no documenta ninguna página de reproductor que acepte un token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — plays until {until}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — se reproduce hasta {until}</translation>
    </message>
    <message>
        <source>Signed playback link</source>
        <translation>Enlace de reproducción firmado</translation>
    </message>
    <message>
        <source>Signed thumbnail link</source>
        <translation>Enlace de miniatura firmado</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open signed playback link in browser</source>
        <translation>Abrir el enlace de reproducción firmado en el navegador</translation>
    </message>
    <message>
        <source>QR code of the signed playback link</source>
        <translation>Código QR del enlace de reproducción firmado</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Not live</source>
        <translation>Sin emitir</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>FastPix&apos;s count is approximate and refreshed every 20 s.</source>
        <translation>El recuento de FastPix es aproximado y se actualiza cada 20 s.</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconexiones</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Stop streaming</source>
        <translation>Detener la transmisión</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Finalizar la emisión</translation>
    </message>
    <message>
        <source>Stop OBS, then finish the FastPix stream so its recording is processed at once.</source>
        <translation>Detener OBS y luego finalizar la transmisión de FastPix para que su grabación se procese enseguida.</translation>
    </message>
    <message>
        <source>End broadcast on {name}</source>
        <translation>Terminar emisión en {name}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>Stream: {name} (FastPix: {status})</source>
        <translation>Transmisión: {name} (FastPix: {status})</translation>
    </message>
    <message>
        <source>OBS sends to {destination} (not a FastPix stream of yours)</source>
        <translation>OBS envía a {destination} (no es una transmisión tuya de FastPix)</translation>
    </message>
    <message>
        <source>OBS is reconnecting to FastPix.</source>
        <translation>OBS se está reconectando con FastPix.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> Demo: FastPix sandbox, nothing is real </source>
        <translation> Demo: pruebas de FastPix, nada es real </translation>
    </message>
    <message>
        <source>Demo mode: using the built-in FastPix sandbox</source>
        <translation>Modo de demostración: se usa el entorno de pruebas integrado de FastPix</translation>
    </message>
    <message>
        <source>Your streams</source>
        <translation>Tus transmisiones</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Transmisión nueva</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Tu transmisión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Create stream</source>
        <translation>&amp;Crear transmisión</translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation>Ac&amp;tualizar transmisiones</translation>
    </message>
    <message>
        <source>&amp;Your streams</source>
        <translation>T&amp;us transmisiones</translation>
    </message>
    <message>
        <source>&amp;New stream</source>
        <translation>Transmisión &amp;nueva</translation>
    </message>
    <message>
        <source>{tab} ({keys})</source>
        <translation>{tab} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;OBS</source>
        <translation>&amp;OBS</translation>
    </message>
    <message>
        <source>fastpix-desktop (demo)</source>
        <translation>fastpix-desktop (demostración)</translation>
    </message>
</context>
<context>
    <name>MediaRow</name>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>procesando…</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Private: no signed link could be made.</source>
        <translation>Privado: no se pudo crear un enlace firmado.</translation>
    </message>
    <message>
        <source>Signed link</source>
        <translation>Enlace firmado</translation>
    </message>
    <message>
        <source>Signed: plays until {until}</source>
        <translation>Firmado: se reproduce hasta {until}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Show the QR code of the link</source>
        <translation>Mostrar el código QR del enlace</translation>
    </message>
    <message>
        <source>Open the link in a player</source>
        <translation>Abrir el enlace en un reproductor</translation>
    </message>
    <message>
        <source>Signed MP4 download</source>
        <translation>Descarga MP4 firmada</translation>
    </message>
    <message>
        <source>MP4 download</source>
        <translation>Descarga MP4</translation>
    </message>
    <message>
        <source>Make MP4 downloadable</source>
        <translation>Permitir descarga en MP4</translation>
    </message>
</context>
<context>
    <name>ObsConnectionDialog</name>
    <message>
        <source>In OBS: Tools → WebSocket Server Settings → tick Enable WebSocket server, then Show Connect Info → Copy (the obsws://… string) and paste it below.</source>
        <translation>En OBS: Herramientas → Configuración del servidor WebSocket → marca Activar servidor WebSocket, luego Mostrar información de conexión → Copiar (la cadena obsws://…) y pégala abajo.</translation>
    </message>
    <message>
        <source>Filled in host, port and password from the connect string.</source>
        <translation>Se rellenaron el host, el puerto y la contraseña con la cadena de conexión.</translation>
    </message>
    <message>
        <source>That is not an OBS connect string (obsws://host:port/password).</source>
        <translation>Eso no es una cadena de conexión de OBS (obsws://host:puerto/contraseña).</translation>
    </message>
    <message>
        <source>OBS connection</source>
        <translation>Conexión con OBS</translation>
    </message>
    <message>
        <source>OBS connect string</source>
        <translation>Cadena de conexión de OBS</translation>
    </message>
    <message>
        <source>OBS host</source>
        <translation>Host de OBS</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Puerto WebSocket de OBS</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Contraseña WebSocket de OBS</translation>
    </message>
    <message>
        <source>Connect &amp;string</source>
        <translation>&amp;Cadena de conexión</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Test the OBS connection</source>
        <translation>Probar la conexión con OBS</translation>
    </message>
    <message>
        <source>Save OBS connection</source>
        <translation>Guardar la conexión con OBS</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Conectando con OBS…</translation>
    </message>
    <message>
        <source>Connected: {description}</source>
        <translation>Conectado: {description}</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <source>Start streaming</source>
        <translation>Iniciar la transmisión</translation>
    </message>
    <message>
        <source>Start streaming in OBS</source>
        <translation>Iniciar la transmisión en OBS</translation>
    </message>
    <message>
        <source>&amp;OBS connection…</source>
        <translation>Conexión con &amp;OBS…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to OBS</source>
        <translation>&amp;Reconectar con OBS</translation>
    </message>
    <message>
        <source>Restore &amp;previous OBS settings</source>
        <translation>Restaurar los ajustes &amp;anteriores de OBS</translation>
    </message>
    <message>
        <source>&amp;Stop streaming</source>
        <translation>&amp;Detener la transmisión</translation>
    </message>
    <message>
        <source>{name} is ignored: {problem}</source>
        <translation>Se ignora {name}: {problem}</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún no conectado</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>OBS is closing</source>
        <translation>OBS se está cerrando</translation>
    </message>
    <message>
        <source>OBS switched to profile &apos;{name}&apos;; its stream settings may differ.</source>
        <translation>OBS cambió al perfil «{name}»; sus ajustes de transmisión pueden ser distintos.</translation>
    </message>
    <message>
        <source>Start streaming to {name}</source>
        <translation>Emitir a {name}</translation>
    </message>
    <message>
        <source>Cannot restore: OBS is not connected ({reason}).</source>
        <translation>No se puede restaurar: OBS no está conectado ({reason}).</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s current destination?</source>
        <translation>¿Reemplazar el destino actual de OBS?</translation>
    </message>
    <message>
        <source>Restore anyway?</source>
        <translation>¿Restaurar de todos modos?</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restaurar de todos modos</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Nothing was changed in OBS.</source>
        <translation>No se cambió nada en OBS.</translation>
    </message>
    <message>
        <source>{names} is set: at the next start it is used instead of what you save here.</source>
        <translation>{names} está definida: en el próximo inicio se usará en lugar de lo que guardes aquí.</translation>
    </message>
    <message>
        <source>{names} are set: at the next start they are used instead of what you save here.</source>
        <translation>{names} están definidas: en el próximo inicio se usarán en lugar de lo que guardes aquí.</translation>
    </message>
    <message>
        <source>OBS {version} (WebSocket {websocket})</source>
        <translation>OBS {version} (WebSocket {websocket})</translation>
    </message>
    <message>
        <source>OBS {version}</source>
        <translation>OBS {version}</translation>
    </message>
</context>
<context>
    <name>ObsStatusIndicator</name>
    <message>
        <source>not connected yet</source>
        <translation>aún no conectado</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: conectando…</translation>
    </message>
    <message>
        <source>OBS is optional in the demo. Next step: start OBS and enable Tools → WebSocket Server Settings, and the app points OBS at the demo stream.</source>
        <translation>OBS es opcional en la demostración. Siguiente paso: inicia OBS y activa Herramientas → Configuración del servidor WebSocket, y la app configurará OBS para la transmisión de demostración.</translation>
    </message>
    <message>
        <source>OBS: not connected ({reason})</source>
        <translation>OBS: no conectado ({reason})</translation>
    </message>
    <message>
        <source>Connected to OBS {version}</source>
        <translation>Conectado a OBS {version}</translation>
    </message>
    <message>
        <source>OBS is live</source>
        <translation>OBS está en directo</translation>
    </message>
    <message>
        <source>OBS is reconnecting to FastPix…</source>
        <translation>OBS se está reconectando con FastPix…</translation>
    </message>
    <message>
        <source>OBS is starting to stream…</source>
        <translation>OBS está empezando a transmitir…</translation>
    </message>
    <message>
        <source>OBS is stopping the stream…</source>
        <translation>OBS está deteniendo la transmisión…</translation>
    </message>
</context>
<context>
    <name>OnAirPanel</name>
    <message>
        <source>Busy: the window is running another task ({job}). Try again when it has finished.</source>
        <translation>Ocupado: la ventana está ejecutando otra tarea ({job}). Vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>En el aire</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Aplicar la corrección sugerida</translation>
    </message>
    <message>
        <source>&amp;Go live on my channel</source>
        <translation>&amp;Emitir en directo en mi canal</translation>
    </message>
    <message>
        <source>&amp;End broadcast</source>
        <translation>&amp;Finalizar la emisión</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconectar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Minimise to tray</source>
        <translation>&amp;Minimizar a la bandeja</translation>
    </message>
    <message>
        <source>&amp;Ask before ending or stopping a broadcast</source>
        <translation>&amp;Preguntar antes de terminar o detener una emisión</translation>
    </message>
    <message>
        <source>The remote control is off: {error}</source>
        <translation>El control remoto está desactivado: {error}</translation>
    </message>
    <message>
        <source>Another fastpix-desktop is running: go-live, end and status go to it.</source>
        <translation>Hay otro fastpix-desktop en ejecución: go-live, end y status se envían a él.</translation>
    </message>
    <message>
        <source>&amp;Go live on {name}</source>
        <translation>&amp;Transmitir en {name}</translation>
    </message>
    <message>
        <source>{what} ({cost})</source>
        <translation>{what} ({cost})</translation>
    </message>
    <message>
        <source>Fixed. OBS uses the change after a restart: restart OBS first.</source>
        <translation>Corregido. OBS usa el cambio tras reiniciarse: reinicia OBS primero.</translation>
    </message>
    <message>
        <source>Lost contact with OBS while on air: OBS may have closed or crashed. The app reconnects when OBS is back, and shows what OBS is doing then.</source>
        <translation>Se perdió el contacto con OBS en directo: puede que OBS se haya cerrado o bloqueado. La app se vuelve a conectar cuando OBS esté de vuelta y muestra entonces lo que hace OBS.</translation>
    </message>
    <message>
        <source>OBS is back and streaming.</source>
        <translation>OBS está de vuelta y transmitiendo.</translation>
    </message>
    <message>
        <source>OBS is back; it is not streaming.</source>
        <translation>OBS está de vuelta; no está transmitiendo.</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS detuvo la transmisión.</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination</source>
        <translation>el destino actual de OBS</translation>
    </message>
    <message>
        <source>OBS reconnected to FastPix.</source>
        <translation>OBS volvió a conectarse con FastPix.</translation>
    </message>
    <message>
        <source>The running window was brought to the front.</source>
        <translation>La ventana en ejecución se ha traído al frente.</translation>
    </message>
    <message>
        <source>The window did not finish the command; see its window.</source>
        <translation>La ventana no terminó la orden; consulta la ventana.</translation>
    </message>
</context>
<context>
    <name>OnAirTray</name>
    <message>
        <source>Not live</source>
        <translation>Sin emitir</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Go live on my channel</source>
        <translation>Salir en directo en mi canal</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Finalizar la emisión</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar la ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No contact with OBS.</source>
        <translation>Sin contacto con OBS.</translation>
    </message>
    <message>
        <source>fastpix-desktop: {state}</source>
        <translation>fastpix-desktop: {state}</translation>
    </message>
    <message>
        <source>{tooltip} ({name})</source>
        <translation>{tooltip} ({name})</translation>
    </message>
    <message>
        <source>{tooltip}
{detail}</source>
        <translation>{tooltip}
{detail}</translation>
    </message>
    <message>
        <source>Go live on {name}</source>
        <translation>Salir en directo en {name}</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Something unexpected went wrong; the details are in the error window.</source>
        <translation>Algo inesperado salió mal; los detalles están en la ventana de error.</translation>
    </message>
</context>
<context>
    <name>PastBroadcastsDialog</name>
    <message>
        <source>Today: no broadcast yet.</source>
        <translation>Hoy: todavía ninguna emisión.</translation>
    </message>
    <message>
        <source>Today: {duration} on air · reconnects: {reconnects} · peak viewers: {peak} · clips: {clips}</source>
        <translation>Hoy: {duration} en directo · reconexiones: {reconnects} · pico de espectadores: {peak} · clips: {clips}</translation>
    </message>
    <message>
        <source>Past broadcasts</source>
        <translation>Emisiones pasadas</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Crear la clave de firma</translation>
    </message>
    <message>
        <source>Create a playback signing key</source>
        <translation>Crear una clave de firma de reproducción</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the recordings and clips</source>
        <translation>Actualizar las grabaciones y los clips</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close Past broadcasts</source>
        <translation>Cerrar Emisiones pasadas</translation>
    </message>
    <message>
        <source>Stream: {name}</source>
        <translation>Transmisión: {name}</translation>
    </message>
    <message>
        <source>Choose a stream (Your streams) to see its recordings and clips.</source>
        <translation>Elige una transmisión (Tus transmisiones) para ver sus grabaciones y clips.</translation>
    </message>
    <message>
        <source>No recordings or clips of this stream yet.</source>
        <translation>Esta transmisión aún no tiene grabaciones ni clips.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>A stream is being created. If you quit now it may exist on FastPix without its stream key ever having been shown here.</source>
        <translation>Se está creando una transmisión. Si sales ahora, puede que exista en FastPix sin que su clave de transmisión se haya mostrado aquí.</translation>
    </message>
    <message>
        <source>OBS is being changed. If you quit now it may be left half-configured.</source>
        <translation>Se está modificando OBS. Si sales ahora, puede quedar configurado a medias.</translation>
    </message>
    <message>
        <source>OBS is live. Quitting fastpix-desktop does not stop the stream in OBS.</source>
        <translation>OBS está en directo. Salir de fastpix-desktop no detiene la transmisión en OBS.</translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <source>&amp;Clip that</source>
        <translation>Crear &amp;clip</translation>
    </message>
    <message>
        <source>Clip the last 30 seconds of the broadcast</source>
        <translation>Crear un clip de los últimos 30 segundos de la emisión</translation>
    </message>
    <message>
        <source>Clip that</source>
        <translation>Crear clip</translation>
    </message>
    <message>
        <source>Past &amp;broadcasts…</source>
        <translation>Emisiones &amp;pasadas…</translation>
    </message>
    <message>
        <source>Clips and recordings</source>
        <translation>Clips y grabaciones</translation>
    </message>
    <message>
        <source>Past broadcasts…</source>
        <translation>Emisiones pasadas…</translation>
    </message>
    <message>
        <source>Open Past broadcasts</source>
        <translation>Abrir Emisiones pasadas</translation>
    </message>
    <message>
        <source>Asking FastPix for the clip…</source>
        <translation>Pidiendo el clip a FastPix…</translation>
    </message>
    <message>
        <source>This stream&apos;s playback is private, so a clip&apos;s link must be signed, and no playback signing key is stored on this computer yet. Create one under Private playback: signed links (Get signed link, then Create signing key), then Clip that again.</source>
        <translation>La reproducción de esta transmisión es privada, así que el enlace de un clip debe estar firmado, y en este equipo aún no hay ninguna clave de firma guardada. Crea una en «Reproducción privada: enlaces firmados» (Obtener enlace firmado y luego Crear la clave de firma) y vuelve a crear el clip.</translation>
    </message>
    <message>
        <source>Clip ready: its link is under Clips and recordings.</source>
        <translation>Clip listo: su enlace está en «Clips y grabaciones».</translation>
    </message>
    <message>
        <source>Recording of the last broadcast: {status}</source>
        <translation>Grabación de la última emisión: {status}</translation>
    </message>
    <message>
        <source>Reading from FastPix…</source>
        <translation>Leyendo de FastPix…</translation>
    </message>
    <message>
        <source>Private: the keyring is locked (see above).</source>
        <translation>Privado: el llavero está bloqueado (ver arriba).</translation>
    </message>
    <message>
        <source>Private recordings and clips play only with a signed link, and no playback signing key is stored on this computer yet. Create one here.</source>
        <translation>Las grabaciones y los clips privados solo se reproducen con un enlace firmado, y en este equipo aún no hay ninguna clave de firma guardada. Crea una aquí.</translation>
    </message>
    <message>
        <source>Private: its link needs a signing key (see above).</source>
        <translation>Privado: su enlace necesita una clave de firma (ver arriba).</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Creando la clave de firma…</translation>
    </message>
    <message>
        <source>Signing key created: private links below are signed.</source>
        <translation>Clave de firma creada: los enlaces privados de abajo están firmados.</translation>
    </message>
    <message>
        <source>Asking FastPix for the MP4 download…</source>
        <translation>Pidiendo a FastPix la descarga en MP4…</translation>
    </message>
    <message>
        <source>FastPix prepares the MP4; its link works once it is made.</source>
        <translation>FastPix prepara el MP4; su enlace funciona cuando esté hecho.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Mostrar {label}</translation>
    </message>
    <message>
        <source>Show or hide the {label}</source>
        <translation>Mostrar u ocultar {label}</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared again after a short while</source>
        <translation>Copiar {label}; el portapapeles se vacía de nuevo poco después</translation>
    </message>
    <message>
        <source>Hidden; use Show to see it</source>
        <translation>Oculto; usa Mostrar para verlo</translation>
    </message>
    <message>
        <source>Hidden; use Show to see it or Copy to copy it</source>
        <translation>Oculto; usa Mostrar para verlo o Copiar para copiarlo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide {label}</source>
        <translation>Ocultar {label}</translation>
    </message>
</context>
<context>
    <name>SignedLinksView</name>
    <message>
        <source>This computer has no web browser set up to open links. Copy the link instead, or scan the QR code with a phone.</source>
        <translation>Este equipo no tiene ningún navegador web configurado para abrir enlaces. Copia el enlace o escanea el código QR con un teléfono.</translation>
    </message>
    <message>
        <source>How long signed links play</source>
        <translation>Cuánto tiempo se reproducen los enlaces firmados</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizada…</translation>
    </message>
    <message>
        <source>Custom expiry amount</source>
        <translation>Duración personalizada</translation>
    </message>
    <message>
        <source>Custom expiry unit</source>
        <translation>Unidad de la duración personalizada</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Links play for</source>
        <translation>Los enlaces se reproducen durante</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Crear la clave de firma</translation>
    </message>
    <message>
        <source>Create a playback signing key</source>
        <translation>Crear una clave de firma de reproducción</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Do not create a signing key now</source>
        <translation>No crear ahora una clave de firma</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>This stream&apos;s playback is public: its links play without a token.</source>
        <translation>La reproducción de esta transmisión es pública: sus enlaces se reproducen sin token.</translation>
    </message>
    <message>
        <source>Get signed link</source>
        <translation>Obtener enlace firmado</translation>
    </message>
    <message>
        <source>Get signed link ({short}…)</source>
        <translation>Obtener enlace firmado ({short}…)</translation>
    </message>
    <message>
        <source>Get a signed link for playback ID {id}</source>
        <translation>Obtener un enlace firmado para el ID de reproducción {id}</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Creando la clave de firma…</translation>
    </message>
</context>
<context>
    <name>SignedPlaybackPanel</name>
    <message>
        <source>Private playback: signed links</source>
        <translation>Reproducción privada: enlaces firmados</translation>
    </message>
    <message>
        <source>A playback signing key is being created. Quitting now may leave it on FastPix without its private half on this computer (fastpix-desktop signing-keys delete removes it).</source>
        <translation>Se está creando una clave de firma de reproducción. Si sales ahora, puede quedar en FastPix sin su parte privada en este equipo (fastpix-desktop signing-keys delete la elimina).</translation>
    </message>
    <message>
        <source>Signed links need a FastPix connection.</source>
        <translation>Los enlaces firmados necesitan conexión con FastPix.</translation>
    </message>
</context>
<context>
    <name>SignedUrlField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Mostrar {label}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>Copiar {label}</translation>
    </message>
    <message>
        <source>Copies the whole link; the clipboard is cleared again soon</source>
        <translation>Copia el enlace completo; el portapapeles se vacía de nuevo enseguida</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SimulcastTargetsPanel</name>
    <message>
        <source>Simulcast targets</source>
        <translation>Destinos de retransmisión simultánea</translation>
    </message>
    <message>
        <source>OBS stopped, but FastPix keeps the broadcast open for the stream&apos;s reconnect window: targets can be added when it turns idle, in about {seconds} s. End broadcast makes it idle at once.</source>
        <translation>OBS se detuvo, pero FastPix mantiene la emisión abierta durante la ventana de reconexión: se podrán añadir destinos cuando quede inactiva, en unos {seconds} s. «Terminar emisión» la deja inactiva al instante.</translation>
    </message>
    <message>
        <source>Simulcast needs a FastPix connection.</source>
        <translation>La retransmisión simultánea necesita conexión con FastPix.</translation>
    </message>
</context>
<context>
    <name>SimulcastTargetsView</name>
    <message>
        <source>FastPix relays your stream to each enabled target. It does not report whether a service is receiving it, so check the service&apos;s own dashboard.</source>
        <translation>FastPix reenvía tu transmisión a cada destino activado. No informa de si un servicio la está recibiendo, así que compruébalo en el panel del propio servicio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulcast targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinos de retransmisión simultánea&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No simulcast targets yet.</source>
        <translation>Aún no hay destinos de retransmisión simultánea.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave de transmisión</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Nombre del destino</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir destino</translation>
    </message>
    <message>
        <source>Add simulcast target</source>
        <translation>Añadir destino de retransmisión simultánea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key: {hint}.</source>
        <translation>Clave: {hint}.</translation>
    </message>
    <message>
        <source>{key_hint} {url_hint}</source>
        <translation>{key_hint} {url_hint}</translation>
    </message>
</context>
<context>
    <name>StreamDetails</name>
    <message>
        <source>Trial stream: FastPix ends trial streams after 5 minutes.</source>
        <translation>Transmisión de prueba: FastPix finaliza las transmisiones de prueba a los 5 minutos.</translation>
    </message>
    <message>
        <source>Playback is private: these links only play with a signed token, so they are not offered to open or scan. Make a signed link under &quot;Private playback: signed links&quot;.</source>
        <translation>La reproducción es privada: estos enlaces solo se reproducen con un token firmado, por eso no se ofrecen para abrir ni escanear. Crea un enlace firmado en «Reproducción privada: enlaces firmados».</translation>
    </message>
    <message>
        <source>idle (waiting for OBS to connect)</source>
        <translation>inactiva (esperando a que OBS se conecte)</translation>
    </message>
    <message>
        <source>preparing (OBS connected, starting up)</source>
        <translation>preparando (OBS conectado, iniciando)</translation>
    </message>
    <message>
        <source>active (live)</source>
        <translation>activa (en directo)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>No stream yet. Fill in the settings and press Create; the stream key, playback links and QR codes appear here.</source>
        <translation>Aún no hay ninguna transmisión. Rellena los ajustes y pulsa Crear; la clave de transmisión, los enlaces de reproducción y los códigos QR aparecen aquí.</translation>
    </message>
    <message>
        <source>Retry OBS</source>
        <translation>Reintentar OBS</translation>
    </message>
    <message>
        <source>Retry configuring OBS for this stream</source>
        <translation>Volver a intentar configurar OBS para esta transmisión</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Nombre de la transmisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>FastPix stream ID</source>
        <translation>ID de transmisión en FastPix</translation>
    </message>
    <message>
        <source>FastPix stream status</source>
        <translation>Estado de la transmisión en FastPix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Max duration: {duration}</source>
        <translation>Duración máxima: {duration}</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>OBS / encoder (RTMPS)</source>
        <translation>OBS / codificador (RTMPS)</translation>
    </message>
    <message>
        <source>OBS / encoder (SRT)</source>
        <translation>OBS / codificador (SRT)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave de transmisión</translation>
    </message>
    <message>
        <source>SRT stream ID</source>
        <translation>ID de transmisión SRT</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>SRT passphrase</source>
        <translation>Frase de contraseña SRT</translation>
    </message>
    <message>
        <source>One-line URL</source>
        <translation>URL en una línea</translation>
    </message>
    <message>
        <source>SRT URL for other encoders</source>
        <translation>URL SRT para otros codificadores</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>No playback ID.</source>
        <translation>Sin ID de reproducción.</translation>
    </message>
    <message>
        <source>HLS link</source>
        <translation>Enlace HLS</translation>
    </message>
    <message>
        <source>HLS link {number}</source>
        <translation>Enlace HLS {number}</translation>
    </message>
    <message>
        <source>DVR link</source>
        <translation>Enlace DVR</translation>
    </message>
    <message>
        <source>DVR playback link</source>
        <translation>Enlace de reproducción DVR</translation>
    </message>
    <message>
        <source>No web browser opened the link. Copy it instead, or scan the QR code with a phone.</source>
        <translation>Ningún navegador web abrió el enlace. Cópialo o escanea el código QR con un teléfono.</translation>
    </message>
    <message>
        <source>Playback link</source>
        <translation>Enlace de reproducción</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open playback link in browser</source>
        <translation>Abrir el enlace de reproducción en el navegador</translation>
    </message>
    <message>
        <source>QR code of the playback link</source>
        <translation>Código QR del enlace de reproducción</translation>
    </message>
</context>
<context>
    <name>StreamForm</name>
    <message>
        <source>Closed captions need RTMPS: FastPix cannot caption a stream sent over SRT.</source>
        <translation>Los subtítulos necesitan RTMPS: FastPix no puede subtitular una transmisión enviada por SRT.</translation>
    </message>
    <message>
        <source>e.g. Friday night stream</source>
        <translation>p. ej., transmisión del viernes por la noche</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Nombre de la transmisión</translation>
    </message>
    <message>
        <source>Sent to FastPix as metadata livestream_name</source>
        <translation>Se envía a FastPix como metadato livestream_name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation>Protocolo de ingesta</translation>
    </message>
    <message>
        <source>RTMPS (works everywhere)</source>
        <translation>RTMPS (universal)</translation>
    </message>
    <message>
        <source>SRT (better on lossy networks)</source>
        <translation>SRT (redes inestables)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>Maximum resolution</source>
        <translation>Resolución máxima</translation>
    </message>
    <message>
        <source>Max &amp;resolution</source>
        <translation>&amp;Resolución máxima</translation>
    </message>
    <message>
        <source>Reconnect window in seconds</source>
        <translation>Ventana de reconexión en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long FastPix waits for OBS to come back after a drop ({min}–{max} s)</source>
        <translation>Cuánto espera FastPix a que OBS vuelva tras un corte ({min}–{max} s)</translation>
    </message>
    <message>
        <source>Reconnect &amp;window</source>
        <translation>&amp;Ventana de reconexión</translation>
    </message>
    <message>
        <source>Playback access</source>
        <translation>Acceso a la reproducción</translation>
    </message>
    <message>
        <source>Private (signed URLs)</source>
        <translation>Privado (URL firmadas)</translation>
    </message>
    <message>
        <source>Play&amp;back access</source>
        <translation>Acceso a &amp;la reproducción</translation>
    </message>
    <message>
        <source>Recording access</source>
        <translation>Acceso a las grabaciones</translation>
    </message>
    <message>
        <source>Recordin&amp;g access</source>
        <translation>Acceso a &amp;grabaciones</translation>
    </message>
    <message>
        <source>&amp;DVR (viewers can rewind)</source>
        <translation>&amp;DVR (se puede retroceder)</translation>
    </message>
    <message>
        <source>R&amp;ecord to a video on demand</source>
        <translation>Grabar como víd&amp;eo</translation>
    </message>
    <message>
        <source>&amp;Closed captions (English)</source>
        <translation>&amp;Subtítulos (inglés)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Extra metadata key and value pairs</source>
        <translation>Pares de clave y valor de metadatos adicionales</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>Add metadata entry</source>
        <translation>Añadir una entrada de metadatos</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove selected metadata entry</source>
        <translation>Quitar la entrada de metadatos seleccionada</translation>
    </message>
    <message>
        <source>E&amp;xtra metadata</source>
        <translation>&amp;Metadatos adicionales</translation>
    </message>
    <message>
        <source>Public (anyone with the link)</source>
        <translation>Público (con el enlace)</translation>
    </message>
    <message>
        <source>Add a metadata key and value</source>
        <translation>Añadir una clave y un valor de metadatos</translation>
    </message>
    <message numerus="yes">
        <source>FastPix takes at most %n metadata entries, the name included</source>
        <translation>
            <numerusform>FastPix admite como máximo %n entrada de metadatos, nombre incluido</numerusform>
            <numerusform>FastPix admite como máximo %n entradas de metadatos, nombre incluido</numerusform>
        </translation>
    </message>
    <message>
        <source>every value needs a key</source>
        <translation>cada valor necesita una clave</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set by the Name field; use another key</source>
        <translation>«{key}» lo define el campo Nombre; usa otra clave</translation>
    </message>
    <message>
        <source>each key may appear only once</source>
        <translation>cada clave solo puede aparecer una vez</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>como máximo %n carácter</numerusform>
            <numerusform>como máximo %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{title} stream key</source>
        <translation>Clave de transmisión de {title}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation>Pausar {title}</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>Reanudar {title}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>Quitar {title}</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Check daily</source>
        <translation>Comprobar a diario</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Check for new versions once a day</source>
        <translation>Buscar nuevas versiones una vez al día</translation>
    </message>
    <message>
        <source>Do not check for new versions</source>
        <translation>No buscar nuevas versiones</translation>
    </message>
    <message>
        <source>Dismiss the new version notice</source>
        <translation>Descartar el aviso de nueva versión</translation>
    </message>
    <message>
        <source>Check for &amp;updates once a day</source>
        <translation>Buscar &amp;actualizaciones una vez al día</translation>
    </message>
    <message>
        <source>Check once a day whether a new version of FastPix Desktop is out?</source>
        <translation>¿Comprobar una vez al día si hay una nueva versión de FastPix Desktop?</translation>
    </message>
    <message>
        <source>Reads the project&apos;s public release list; sends nothing about you. Change it any time in Settings.</source>
        <translation>Lee la lista pública de versiones del proyecto y no envía nada sobre usted. Puede cambiarlo en Configuración cuando quiera.</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Version {version} is available: {link}</source>
        <translation>La versión {version} está disponible: {link}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>FastPix request failed.</source>
        <translation>La solicitud a FastPix falló.</translation>
    </message>
    <message>
        <source>FastPix refused this request (403). The access token does not have permission for live streams; check its permissions in the FastPix dashboard.</source>
        <translation>FastPix rechazó esta solicitud (403). El token de acceso no tiene permiso para transmisiones en directo; revisa sus permisos en el panel de FastPix.</translation>
    </message>
    <message>
        <source>FastPix rejected these credentials ({status}). Check the Access Token ID and Secret Key.</source>
        <translation>FastPix rechazó estas credenciales ({status}). Revisa el ID del token de acceso y la clave secreta.</translation>
    </message>
    <message>
        <source>FastPix could not find that stream (404). It may have been deleted.</source>
        <translation>FastPix no encontró esa transmisión (404). Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Some settings are not valid: {detail}</source>
        <translation>Algunos ajustes no son válidos: {detail}</translation>
    </message>
    <message>
        <source>FastPix rejected the settings (422).</source>
        <translation>FastPix rechazó los ajustes (422).</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Vuelve a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <source>Try again in {minutes} minutes.</source>
        <translation>Vuelve a intentarlo en {minutes} minutos.</translation>
    </message>
    <message>
        <source>FastPix is receiving too many requests from this account (429). {wait}</source>
        <translation>FastPix está recibiendo demasiadas solicitudes de esta cuenta (429). {wait}</translation>
    </message>
    <message>
        <source>FastPix is having trouble right now ({status}). Nothing was changed in OBS; try again in a minute.</source>
        <translation>FastPix tiene problemas ahora mismo ({status}). No se cambió nada en OBS; vuelve a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Could not reach FastPix. Check your internet connection and try again.</source>
        <translation>No se pudo contactar con FastPix. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time. Check your connection and try again.</source>
        <translation>FastPix no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix sent a response this app does not understand. If this keeps happening, check the API URL in Settings.</source>
        <translation>FastPix envió una respuesta que esta aplicación no entiende. Si sigue ocurriendo, revisa la URL de la API en Configuración.</translation>
    </message>
    <message>
        <source>OBS request failed.</source>
        <translation>La solicitud a OBS falló.</translation>
    </message>
    <message>
        <source>OBS is not running, or its WebSocket server is off. Start OBS and enable Tools → WebSocket Server Settings → Enable WebSocket server.</source>
        <translation>OBS no se está ejecutando o su servidor WebSocket está apagado. Inicia OBS y activa Herramientas → Configuración del servidor WebSocket → Activar servidor WebSocket.</translation>
    </message>
    <message>
        <source>OBS is running but its WebSocket server is disabled. In OBS, open Tools → WebSocket Server Settings and tick Enable WebSocket server.</source>
        <translation>OBS se está ejecutando, pero su servidor WebSocket está desactivado. En OBS, abre Herramientas → Configuración del servidor WebSocket y marca Activar servidor WebSocket.</translation>
    </message>
    <message>
        <source>OBS rejected the WebSocket password. Copy it from OBS: Tools → WebSocket Server Settings → Show Connect Info.</source>
        <translation>OBS rechazó la contraseña WebSocket. Cópiala desde OBS: Herramientas → Configuración del servidor WebSocket → Mostrar información de conexión.</translation>
    </message>
    <message>
        <source>OBS closed this connection because another client took over. Reconnect from Settings.</source>
        <translation>OBS cerró esta conexión porque otro cliente tomó el control. Vuelve a conectar desde Configuración.</translation>
    </message>
    <message>
        <source>OBS did not answer in time. It may be busy or frozen.</source>
        <translation>OBS no respondió a tiempo. Puede que esté ocupado o bloqueado.</translation>
    </message>
    <message>
        <source>The connection to OBS was lost. Is OBS still running?</source>
        <translation>Se perdió la conexión con OBS. ¿Sigue en ejecución?</translation>
    </message>
    <message>
        <source>OBS is live right now, so its stream destination was not changed. Stop streaming in OBS first, or choose Stop streaming and continue.</source>
        <translation>OBS está en directo ahora mismo, así que no se cambió su destino de transmisión. Detén primero la transmisión en OBS o elige Detener la transmisión y continuar.</translation>
    </message>
    <message>
        <source>OBS refused the request (code {code}).</source>
        <translation>OBS rechazó la solicitud (código {code}).</translation>
    </message>
    <message>
        <source>OBS did not keep the new stream settings. Check Settings → Stream in OBS, or press Retry OBS.</source>
        <translation>OBS no conservó los nuevos ajustes de transmisión. Revisa Ajustes → Emisión en OBS o pulsa Reintentar OBS.</translation>
    </message>
    <message>
        <source>Another fastpix-desktop changed OBS at the same time, so this one left OBS as it is. OBS now sends to the FastPix stream “{name}” ({stream_id}).</source>
        <translation>Otro fastpix-desktop cambió OBS al mismo tiempo, así que este dejó OBS como estaba. OBS ahora envía a la transmisión de FastPix «{name}» ({stream_id}).</translation>
    </message>
    <message>
        <source>Another fastpix-desktop is changing OBS at the same time, so this one left OBS as it is. OBS now sends to {server}.</source>
        <translation>Otro fastpix-desktop está cambiando OBS al mismo tiempo, así que este dejó OBS como estaba. OBS ahora envía a {server}.</translation>
    </message>
    <message>
        <source>OBS could not connect to FastPix. Check OBS&apos;s error message, your network or firewall (RTMPS uses TCP 443, SRT uses UDP 778), then try Start streaming again.</source>
        <translation>OBS no pudo conectar con FastPix. Revisa el mensaje de error de OBS, tu red o el cortafuegos (RTMPS usa TCP 443, SRT usa UDP 778) y vuelve a intentar Iniciar la transmisión.</translation>
    </message>
    <message>
        <source>The system keyring failed.</source>
        <translation>El llavero del sistema falló.</translation>
    </message>
    <message>
        <source>No system keyring is available, so secrets are kept for this session only and will be asked for again next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que los secretos se guardan solo durante esta sesión y se volverán a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so what this app saved in it cannot be read. Unlock it (log in to the desktop, or open Passwords and Keys and unlock the Login keyring), then try again.</source>
        <translation>El llavero del sistema está bloqueado, así que no se puede leer lo que esta aplicación guardó en él. Desbloquéalo (inicia sesión en el escritorio o abre Contraseñas y claves y desbloquea el llavero de inicio de sesión) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This secret is too large for the system keyring.</source>
        <translation>Este secreto es demasiado grande para el llavero del sistema.</translation>
    </message>
    <message>
        <source>The saved OBS destination cannot be read because {reason}.</source>
        <translation>No se puede leer el destino de OBS guardado porque {reason}.</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination cannot be saved because {reason}.</source>
        <translation>No se puede guardar el destino actual de OBS porque {reason}.</translation>
    </message>
    <message>
        <source>A setting is missing or not valid.</source>
        <translation>Falta un ajuste o no es válido.</translation>
    </message>
    <message>
        <source>No FastPix credentials yet. Add your Access Token ID and Secret Key (FastPix dashboard → Settings → Access Tokens), or try demo mode.</source>
        <translation>Aún no hay credenciales de FastPix. Añade tu ID del token de acceso y tu clave secreta (panel de FastPix → Settings → Access Tokens) o prueba el modo de demostración.</translation>
    </message>
    <message>
        <source>A command-line option is not valid.</source>
        <translation>Una opción de la línea de comandos no es válida.</translation>
    </message>
    <message>
        <source>The playback signing key cannot be used.</source>
        <translation>No se puede usar la clave de firma de reproducción.</translation>
    </message>
    <message>
        <source>No playback signing key is stored on this computer yet. Create one first (fastpix-desktop signing-keys create, or Signed links in the window).</source>
        <translation>Aún no hay ninguna clave de firma de reproducción guardada en este equipo. Crea una primero (fastpix-desktop signing-keys create o Enlaces firmados en la ventana).</translation>
    </message>
    <message>
        <source>The playback signing key stored on this computer cannot be read back. Delete it (fastpix-desktop signing-keys delete) and create a new one.</source>
        <translation>No se puede leer la clave de firma de reproducción guardada en este equipo. Elimínala (fastpix-desktop signing-keys delete) y crea una nueva.</translation>
    </message>
    <message>
        <source>A clip time is a number of seconds, like 30s or 2m.</source>
        <translation>El tiempo de un clip es un número de segundos, como 30s o 2m.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Indique tanto --from como --to.</translation>
    </message>
    <message>
        <source>A clip must end after it starts.</source>
        <translation>Un clip debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>That part of the broadcast has not happened yet.</source>
        <translation>Esa parte de la emisión todavía no ha ocurrido.</translation>
    </message>
    <message>
        <source>A clip must be longer than 0 s.</source>
        <translation>Un clip debe durar más de 0 s.</translation>
    </message>
    <message>
        <source>The broadcast has just started: nothing to clip yet.</source>
        <translation>La emisión acaba de empezar: todavía no hay nada que recortar.</translation>
    </message>
    <message>
        <source>FastPix did not answer the clip with a playlist.</source>
        <translation>FastPix no respondió al clip con una lista de reproducción.</translation>
    </message>
    <message>
        <source>FastPix&apos;s playback host did not answer in time.</source>
        <translation>El servidor de reproducción de FastPix no respondió a tiempo.</translation>
    </message>
    <message>
        <source>FastPix&apos;s playback host could not be reached.</source>
        <translation>No se pudo contactar con el servidor de reproducción de FastPix.</translation>
    </message>
    <message>
        <source>FastPix refused the clip ({status}): {reason}</source>
        <translation>FastPix rechazó el clip ({status}): {reason}</translation>
    </message>
    <message>
        <source>This stream has only private playback, and a clip of it needs a signed link; add a public playback ID to clip it.</source>
        <translation>Esta emisión solo tiene reproducción privada y un clip de ella necesita un enlace firmado; añada un ID de reproducción público para recortarla.</translation>
    </message>
    <message>
        <source>FastPix refused the signed link: the playback signing key stored on this computer was deleted on FastPix, so nothing it signs plays. Replace it (fastpix-desktop signing-keys create, or restart the app and create a new one under Signed links), then try again.</source>
        <translation>FastPix rechazó el enlace firmado: la clave de firma guardada en este equipo se eliminó en FastPix, así que nada de lo que firma se reproduce. Sustitúyela (fastpix-desktop signing-keys create, o reinicia la aplicación y crea una nueva en «Enlaces firmados») y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix refused the signed clip link (403). Check that the signing key stored on this computer belongs to this FastPix workspace (fastpix-desktop signing-keys list).</source>
        <translation>FastPix rechazó el enlace firmado del clip (403). Comprueba que la clave de firma guardada en este equipo pertenece a este espacio de trabajo de FastPix (fastpix-desktop signing-keys list).</translation>
    </message>
    <message>
        <source>This stream has no playback ID to clip.</source>
        <translation>Esta transmisión no tiene ningún ID de reproducción del que crear un clip.</translation>
    </message>
    <message>
        <source>FastPix has no video for that part of the broadcast.</source>
        <translation>FastPix no tiene vídeo de esa parte de la emisión.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}, and OBS does not seem to be running on this computer. Start OBS, and check Tools → WebSocket Server Settings → Enable WebSocket server.</source>
        <translation>Nada responde en {where}, y OBS no parece estar en ejecución en este equipo. Inicia OBS y revisa Herramientas → Configuración del servidor WebSocket → Activar servidor WebSocket.</translation>
    </message>
    <message>
        <source>OBS is running, but its WebSocket server is off, so nothing answers at {where}. In OBS, open Tools → WebSocket Server Settings and tick Enable WebSocket server.</source>
        <translation>OBS está en ejecución, pero su servidor WebSocket está desactivado, así que nada responde en {where}. En OBS, abre Herramientas → Configuración del servidor WebSocket y marca Activar servidor WebSocket.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. OBS is running, and its WebSocket server is set to port {server_port}, not {port}: use port {server_port} in the app&apos;s OBS connection (or --obs HOST:PORT).</source>
        <translation>Nada responde en {where}. OBS está en ejecución y su servidor WebSocket usa el puerto {server_port}, no {port}: usa el puerto {server_port} en la conexión a OBS de la app (o --obs HOST:PORT).</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. A program named OBS runs on this computer; if it is your OBS, check in Tools → WebSocket Server Settings that the server is enabled and its port is {port}.</source>
        <translation>Nada responde en {where}. En este equipo se ejecuta un programa llamado OBS; si es su OBS, compruebe en Herramientas → Ajustes del servidor WebSocket que el servidor está activado y que su puerto es {port}.</translation>
    </message>
    <message>
        <source>This OBS is too old: fastpix-desktop needs OBS 28 or newer.</source>
        <translation>Este OBS es demasiado antiguo: fastpix-desktop necesita OBS 28 o posterior.</translation>
    </message>
    <message>
        <source>OBS is still starting up. Wait a moment and try again.</source>
        <translation>OBS todavía se está iniciando. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>OBS refused the request {request} (code {code}). OBS says: “{obs_words}”</source>
        <translation>OBS rechazó la solicitud {request} (código {code}). OBS dice: «{obs_words}»</translation>
    </message>
    <message>
        <source>OBS refused the request {request} (code {code}).</source>
        <translation>OBS rechazó la solicitud {request} (código {code}).</translation>
    </message>
    <message>
        <source>OBS asks for a WebSocket password, but none is set. Copy it from OBS: Tools → WebSocket Server Settings → Show Connect Info.</source>
        <translation>OBS pide una contraseña de WebSocket, pero no hay ninguna. Cópiala de OBS: Herramientas → Configuración del servidor WebSocket → Mostrar información de conexión.</translation>
    </message>
    <message>
        <source>The OBS WebSocket connection failed. Its library says: “{library_words}”</source>
        <translation>La conexión WebSocket con OBS falló. Su biblioteca dice: «{library_words}»</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. Check that OBS runs on that computer, that its WebSocket server is enabled, and that address and port are right.</source>
        <translation>Nada responde en {where}. Comprueba que OBS se ejecuta en ese equipo, que su servidor WebSocket está activado y que la dirección y el puerto son correctos.</translation>
    </message>
    <message>
        <source>Could not find the computer &apos;{host}&apos;. Check the OBS address.</source>
        <translation>No se encontró el equipo &apos;{host}&apos;. Comprueba la dirección de OBS.</translation>
    </message>
    <message>
        <source>Something other than OBS&apos;s WebSocket server answers at {where}. Check the port in OBS: Tools → WebSocket Server Settings.</source>
        <translation>En {where} responde algo distinto del servidor WebSocket de OBS. Comprueba el puerto en OBS: Herramientas → Configuración del servidor WebSocket.</translation>
    </message>
    <message>
        <source>Could not reach OBS at {where}. Check the address and your network.</source>
        <translation>No se pudo llegar a OBS en {where}. Comprueba la dirección y tu red.</translation>
    </message>
    <message>
        <source>Something at {where} is not OBS&apos;s WebSocket server: it answered in a way OBS never does. Check the port in OBS: Tools → WebSocket Server Settings.</source>
        <translation>Lo que hay en {where} no es el servidor WebSocket de OBS: respondió de una forma en que OBS nunca responde. Revisa el puerto en OBS: Herramientas → Configuración del servidor WebSocket.</translation>
    </message>
    <message>
        <source>Unexpected problem talking to OBS ({what}).</source>
        <translation>Problema inesperado al comunicarse con OBS ({what}).</translation>
    </message>
    <message>
        <source>OBS sent stream settings this app does not understand.</source>
        <translation>OBS envió ajustes de transmisión que esta app no entiende.</translation>
    </message>
    <message>
        <source>OBS is already streaming.</source>
        <translation>OBS ya está transmitiendo.</translation>
    </message>
    <message>
        <source>OBS is not streaming.</source>
        <translation>OBS no está transmitiendo.</translation>
    </message>
    <message>
        <source>OBS did not confirm within {seconds} s that the stream started. Check OBS&apos;s status bar.</source>
        <translation>OBS no confirmó en {seconds} s que la transmisión empezó. Revisa la barra de estado de OBS.</translation>
    </message>
    <message>
        <source>OBS did not stop streaming within {seconds} s. Stop it in OBS.</source>
        <translation>OBS no detuvo la transmisión en {seconds} s. Detenla en OBS.</translation>
    </message>
    <message>
        <source>OBS is not streaming, so there is nothing to reconnect.</source>
        <translation>OBS no está transmitiendo, así que no hay nada que reconectar.</translation>
    </message>
    <message>
        <source>check the credentials</source>
        <translation>comprobar las credenciales</translation>
    </message>
    <message>
        <source>create the stream</source>
        <translation>crear la transmisión</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>la transmisión</translation>
    </message>
    <message>
        <source>load the stream</source>
        <translation>cargar la transmisión</translation>
    </message>
    <message>
        <source>that stream</source>
        <translation>esa transmisión</translation>
    </message>
    <message>
        <source>list the streams</source>
        <translation>listar las transmisiones</translation>
    </message>
    <message>
        <source>update the stream</source>
        <translation>actualizar la transmisión</translation>
    </message>
    <message>
        <source>delete the stream</source>
        <translation>eliminar la transmisión</translation>
    </message>
    <message>
        <source>enable the stream</source>
        <translation>activar la transmisión</translation>
    </message>
    <message>
        <source>disable the stream</source>
        <translation>desactivar la transmisión</translation>
    </message>
    <message>
        <source>finish the stream</source>
        <translation>finalizar la transmisión</translation>
    </message>
    <message>
        <source>add a playback ID</source>
        <translation>añadir un ID de reproducción</translation>
    </message>
    <message>
        <source>playback ID</source>
        <translation>el ID de reproducción</translation>
    </message>
    <message>
        <source>load the playback ID</source>
        <translation>cargar el ID de reproducción</translation>
    </message>
    <message>
        <source>that stream or playback ID</source>
        <translation>esa transmisión o ese ID de reproducción</translation>
    </message>
    <message>
        <source>delete the playback ID</source>
        <translation>eliminar el ID de reproducción</translation>
    </message>
    <message>
        <source>read the viewer count</source>
        <translation>leer el número de espectadores</translation>
    </message>
    <message>
        <source>load the stream&apos;s simulcast targets</source>
        <translation>cargar los destinos de simulcast de la transmisión</translation>
    </message>
    <message>
        <source>add the simulcast target</source>
        <translation>añadir el destino de simulcast</translation>
    </message>
    <message>
        <source>simulcast target</source>
        <translation>el destino de simulcast</translation>
    </message>
    <message>
        <source>load the simulcast target</source>
        <translation>cargar el destino de simulcast</translation>
    </message>
    <message>
        <source>that stream or simulcast target</source>
        <translation>esa transmisión o ese destino de simulcast</translation>
    </message>
    <message>
        <source>resume the simulcast target</source>
        <translation>reanudar el destino de simulcast</translation>
    </message>
    <message>
        <source>pause the simulcast target</source>
        <translation>pausar el destino de simulcast</translation>
    </message>
    <message>
        <source>remove the simulcast target</source>
        <translation>quitar el destino de simulcast</translation>
    </message>
    <message>
        <source>Could not connect to FastPix ({host}) in time. Nothing was sent; check your internet connection and try again.</source>
        <translation>No se pudo conectar con FastPix ({host}) a tiempo. No se envió nada; comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach FastPix ({host}). Check your internet connection and try again.</source>
        <translation>No se pudo contactar con FastPix ({host}). Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time; the stream may have been created — it will show in Your streams, marked as created here and never used.</source>
        <translation>FastPix no respondió a tiempo; es posible que la transmisión se haya creado: aparecerá en Tus transmisiones, marcada como creada aquí y nunca usada.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time; the {thing} may have been created — check the stream before trying again.</source>
        <translation>FastPix no respondió a tiempo; es posible que se haya creado {thing}: revisa la transmisión antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>There is no FastPix live-stream API at this address (404{said}). Check the API URL in Settings.</source>
        <translation>No hay ninguna API de transmisiones en directo de FastPix en esta dirección (404{said}). Revisa la URL de la API en Ajustes.</translation>
    </message>
    <message>
        <source>FastPix could not find {thing} (404{said}). It may have been deleted, or the ID is wrong.</source>
        <translation>FastPix no encontró {thing} (404{said}). Puede que se haya eliminado o que el ID sea incorrecto.</translation>
    </message>
    <message>
        <source>FastPix rejected the request to {action} (422){detail}</source>
        <translation>FastPix rechazó la solicitud para {action} (422){detail}</translation>
    </message>
    <message>
        <source>FastPix is having trouble right now ({status}). The {thing} may still have been created: check the stream list before trying again.</source>
        <translation>FastPix tiene problemas en este momento ({status}). Es posible que se haya creado {thing}: revisa la lista de transmisiones antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix could not {action} ({status}){detail}</source>
        <translation>FastPix no pudo {action} ({status}){detail}</translation>
    </message>
    <message>
        <source>A FastPix stream ID is 32 hexadecimal characters.</source>
        <translation>Un ID de transmisión de FastPix tiene 32 caracteres hexadecimales.</translation>
    </message>
    <message>
        <source>The port in the OBS connect string must be between 1 and 65535.</source>
        <translation>El puerto de la cadena de conexión de OBS debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>OBS is live right now, so its stream destination was not restored. Stop streaming first.</source>
        <translation>OBS está en directo ahora mismo, así que no se restauró su destino de transmisión. Detén primero la transmisión.</translation>
    </message>
    <message>
        <source>OBS did not take back its previous stream settings exactly ({fields} differ).</source>
        <translation>OBS no recuperó exactamente sus ajustes de transmisión anteriores ({fields} difieren).</translation>
    </message>
    <message>
        <source>it is too large: the system keyring holds at most {count} characters</source>
        <translation>es demasiado grande: el llavero del sistema admite como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>the system keyring failed</source>
        <translation>el llavero del sistema falló</translation>
    </message>
    <message>
        <source>the system keyring is locked (unlock it, for example with your login password in your desktop&apos;s Passwords and Keys app, then try again)</source>
        <translation>el llavero del sistema está bloqueado (desbloquéalo, por ejemplo con tu contraseña de inicio de sesión en la app Contraseñas y claves de tu escritorio, y vuelve a intentarlo)</translation>
    </message>
    <message>
        <source>the system keyring could not be opened (it needs a default keyring that is set up and unlocked)</source>
        <translation>no se pudo abrir el llavero del sistema (necesita un llavero predeterminado configurado y desbloqueado)</translation>
    </message>
    <message>
        <source>the system keyring did not answer in time (it may be waiting for an unlock prompt)</source>
        <translation>el llavero del sistema no respondió a tiempo (puede que esté esperando una solicitud de desbloqueo)</translation>
    </message>
    <message>
        <source>keyring&apos;s config file</source>
        <translation>el archivo de configuración de keyring</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer</source>
        <translation>no hay ningún llavero del sistema disponible en este equipo</translation>
    </message>
    <message>
        <source>the only keyring found ({name}) would write secrets in plain text to a file; it is not used (choose it with PYTHON_KEYRING_BACKEND to use it anyway)</source>
        <translation>el único llavero encontrado ({name}) escribiría los secretos en texto plano en un archivo; no se usa (elíjalo con PYTHON_KEYRING_BACKEND para usarlo de todos modos)</translation>
    </message>
    <message>
        <source>secrets are kept in plain text by {name}, chosen with {where}</source>
        <translation>{name} guarda los secretos en texto plano, elegido con {where}</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({kind})</source>
        <translation>no se pudo abrir el llavero ({kind})</translation>
    </message>
    <message>
        <source>the system keyring is locked</source>
        <translation>el llavero del sistema está bloqueado</translation>
    </message>
    <message>
        <source>{what} ({kind})</source>
        <translation>{what} ({kind})</translation>
    </message>
    <message>
        <source>reading the keyring failed</source>
        <translation>falló la lectura del llavero</translation>
    </message>
    <message>
        <source>writing to the keyring failed</source>
        <translation>falló la escritura en el llavero</translation>
    </message>
    <message>
        <source>deleting from the keyring failed</source>
        <translation>falló el borrado del llavero</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the FastPix credentials saved in it cannot be read. Unlock it (log in to the desktop, or open Passwords and Keys and unlock the Login keyring) and try again, or set FASTPIX_USERNAME and FASTPIX_PASSWORD.</source>
        <translation>El llavero del sistema está bloqueado, así que no se pueden leer las credenciales de FastPix guardadas en él. Desbloquéalo (inicia sesión en el escritorio o abre Contraseñas y claves y desbloquea el llavero de inicio de sesión) y vuelve a intentarlo, o define FASTPIX_USERNAME y FASTPIX_PASSWORD.</translation>
    </message>
    <message>
        <source>FastPix refused this request (403). The access token does not have permission for signing keys; check its permissions in the FastPix dashboard.</source>
        <translation>FastPix rechazó esta solicitud (403). El token de acceso no tiene permiso para claves de firma; revisa sus permisos en el panel de FastPix.</translation>
    </message>
    <message>
        <source>FastPix created a signing key but did not send its private key; delete it in the FastPix dashboard and try again.</source>
        <translation>FastPix creó una clave de firma pero no envió su clave privada; elimínala en el panel de FastPix y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix created a signing key but its private key is not readable; delete it in the FastPix dashboard and try again.</source>
        <translation>FastPix creó una clave de firma pero su clave privada no se puede leer; elimínala en el panel de FastPix y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>FastPix sent a signing key without its public key.</source>
        <translation>FastPix envió una clave de firma sin su clave pública.</translation>
    </message>
    <message>
        <source>FastPix sent a signing-key list that is not a list.</source>
        <translation>FastPix envió una lista de claves de firma que no es una lista.</translation>
    </message>
    <message>
        <source>Enter a signing key ID first.</source>
        <translation>Introduce primero un ID de clave de firma.</translation>
    </message>
    <message>
        <source>This signing key is too large to keep in the keyring.</source>
        <translation>Esta clave de firma es demasiado grande para guardarla en el llavero.</translation>
    </message>
    <message>
        <source>FastPix&apos;s signing key is not a PEM private key.</source>
        <translation>La clave de firma de FastPix no es una clave privada PEM.</translation>
    </message>
    <message>
        <source>The playback signing key could not sign.</source>
        <translation>La clave de firma de reproducción no pudo firmar.</translation>
    </message>
    <message>
        <source>The keyring failed while the new signing key was being saved, so the key was deleted again on FastPix. Check the system keyring and try again.</source>
        <translation>El llavero falló al guardar la nueva clave de firma, así que la clave se eliminó de nuevo en FastPix. Revisa el llavero del sistema y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No signing key is stored here; name the key ID to delete.</source>
        <translation>Aquí no hay ninguna clave de firma guardada; indica el ID de la clave que quieres eliminar.</translation>
    </message>
    <message>
        <source>Signed links need the system keyring, where the playback signing key is kept.</source>
        <translation>Los enlaces firmados necesitan el llavero del sistema, donde se guarda la clave de firma.</translation>
    </message>
    <message>
        <source>Private recordings and clips play only with a signed link, and no playback signing key is stored on this computer yet. Create one (in the window: Create signing key; on the command line: fastpix-desktop signing-keys create), then try again.</source>
        <translation>Las grabaciones y los clips privados solo se reproducen con un enlace firmado, y en este equipo aún no hay ninguna clave de firma guardada. Crea una (en la ventana: Crear la clave de firma; en la línea de comandos: fastpix-desktop signing-keys create) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>golive</name>
    <message>
        <source>Create the FastPix stream</source>
        <translation>Crear la transmisión en FastPix</translation>
    </message>
    <message>
        <source>Check OBS</source>
        <translation>Comprobar OBS</translation>
    </message>
    <message>
        <source>Save OBS&apos;s current destination</source>
        <translation>Guardar el destino actual de OBS</translation>
    </message>
    <message>
        <source>Point OBS at FastPix</source>
        <translation>Dirigir OBS a FastPix</translation>
    </message>
    <message>
        <source>Check OBS kept the settings</source>
        <translation>Comprobar los ajustes en OBS</translation>
    </message>
    <message>
        <source>Start streaming</source>
        <translation>Iniciar la transmisión</translation>
    </message>
    <message>
        <source>OBS is live: waiting for your decision</source>
        <translation>OBS está en directo: esperando tu decisión</translation>
    </message>
    <message>
        <source>Stopping the current stream in OBS</source>
        <translation>Deteniendo la transmisión actual en OBS</translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation>no se creó nada</translation>
    </message>
    <message>
        <source>OBS already points at this stream</source>
        <translation>OBS ya apunta a esta transmisión</translation>
    </message>
    <message>
        <source>not needed: OBS already points at this stream</source>
        <translation>no hace falta: OBS ya apunta a esta transmisión</translation>
    </message>
    <message>
        <source>OBS is already live on this stream</source>
        <translation>OBS ya está en directo en esta transmisión</translation>
    </message>
    <message>
        <source>Demo mode never starts streaming: OBS now points at the demo stream, whose key is fake, so OBS could only fail. Leave demo mode to go live for real.</source>
        <translation>El modo demo nunca empieza a transmitir: OBS apunta ahora a la transmisión de demostración, cuya clave es falsa, así que OBS solo podría fallar. Sal del modo demo para salir en directo de verdad.</translation>
    </message>
    <message>
        <source>OBS was not connected, so it was not configured. Connect OBS (Settings → OBS connection), then press Retry OBS.</source>
        <translation>OBS no estaba conectado, así que no se configuró. Conecta OBS (Configuración → Conexión con OBS) y pulsa Reintentar OBS.</translation>
    </message>
    <message>
        <source>OBS is configured for this stream but could not start streaming: {error}</source>
        <translation>OBS está configurado para esta transmisión, pero no pudo iniciarla: {error}</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>OBS was already live on this stream: nothing was changed.</source>
        <translation>OBS ya estaba en directo en esta transmisión: no se cambió nada.</translation>
    </message>
    <message>
        <source>OBS now sends to this stream and is live.</source>
        <translation>OBS ya envía a esta transmisión y está en directo.</translation>
    </message>
    <message>
        <source>OBS now points at this stream. Start streaming in OBS to go live.</source>
        <translation>OBS ya apunta a esta transmisión. Inicia la transmisión en OBS para salir en directo.</translation>
    </message>
    <message>
        <source>Stream created.</source>
        <translation>Transmisión creada.</translation>
    </message>
    <message>
        <source>Stream created and OBS configured, but OBS could not start streaming.</source>
        <translation>Transmisión creada y OBS configurado, pero OBS no pudo iniciar la transmisión.</translation>
    </message>
    <message>
        <source>Stream created, but OBS was not configured.</source>
        <translation>Transmisión creada, pero OBS no se configuró.</translation>
    </message>
    <message>
        <source>OBS is live on {name}. FastPix could not be reached, so its status is unknown; OBS already pointed at the stream, so nothing else was needed.</source>
        <translation>OBS está en directo en {name}. No se pudo contactar con FastPix, así que su estado es desconocido; OBS ya apuntaba a la transmisión, no hizo falta nada más.</translation>
    </message>
    <message>
        <source>OBS is already live on {name}.</source>
        <translation>OBS ya está en directo en {name}.</translation>
    </message>
    <message>
        <source>Live on {name}.</source>
        <translation>En directo en {name}.</translation>
    </message>
    <message>
        <source>OBS was not configured: {error}</source>
        <translation>OBS no se configuró: {error}</translation>
    </message>
    <message>
        <source>OBS now points at {name}.</source>
        <translation>OBS ahora apunta a {name}.</translation>
    </message>
    <message>
        <source>OBS was left as it was; run again with --no-restore-point to change it anyway.</source>
        <translation>OBS se dejó como estaba; vuelve a ejecutarlo con --no-restore-point para cambiarlo de todos modos.</translation>
    </message>
    <message>
        <source>OBS was changed without saving its previous destination (--no-restore-point): {reason}.</source>
        <translation>OBS se cambió sin guardar su destino anterior (--no-restore-point): {reason}.</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>OBS {version} can report an SRT reconnect as done while the connection is still down (fixed in OBS 32): after a drop, this app shows the reconnect as unconfirmed until OBS sends data again.</source>
        <translation>OBS {version} puede informar de que una reconexión SRT se ha hecho mientras la conexión sigue caída (corregido en OBS 32): tras un corte, esta app muestra la reconexión como no confirmada hasta que OBS vuelve a enviar datos.</translation>
    </message>
    <message>
        <source>Turn off Enhanced Broadcasting (multitrack video) for this OBS profile.</source>
        <translation>Desactivar la transmisión mejorada (vídeo multipista) para este perfil de OBS.</translation>
    </message>
    <message>
        <source>Other destinations of this profile (e.g. Twitch) then get one video track until Restore puts the setting back. OBS reads this setting only when it starts: restart OBS before going live.</source>
        <translation>Los demás destinos de este perfil (p. ej. Twitch) reciben entonces una sola pista de vídeo hasta que «Restaurar» devuelva el ajuste. OBS lee este ajuste solo al iniciarse: reinicia OBS antes de salir en directo.</translation>
    </message>
    <message>
        <source>Enhanced Broadcasting (multitrack video) is on in this OBS profile. This OBS does not use it yet, but OBS 30.2 and later would send FastPix several video tracks or refuse to start.</source>
        <translation>La transmisión mejorada (vídeo multipista) está activada en este perfil de OBS. Este OBS aún no la usa, pero OBS 30.2 y posteriores enviarían a FastPix varias pistas de vídeo o no se iniciarían.</translation>
    </message>
    <message>
        <source>Enhanced Broadcasting (multitrack video) is on in this OBS profile: pointed at FastPix, OBS either refuses to start or sends several video tracks FastPix does not expect.</source>
        <translation>La transmisión mejorada (vídeo multipista) está activada en este perfil de OBS: apuntando a FastPix, OBS no se inicia o envía varias pistas de vídeo que FastPix no espera.</translation>
    </message>
    <message>
        <source>OBS does not reconnect on its own (automatic reconnect off or 0 retries): any network drop ends the broadcast, although FastPix waits {window} s.</source>
        <translation>OBS no se reconecta por sí solo (reconexión automática desactivada o 0 reintentos): cualquier corte de red termina la emisión, aunque FastPix espera {window} s.</translation>
    </message>
    <message>
        <source>OBS&apos;s last reconnect try starts {last} s after a drop, but FastPix keeps the broadcast open for {window} s: a drop longer than {last} s ends the broadcast.</source>
        <translation>El último intento de reconexión de OBS empieza {last} s después de un corte, pero FastPix mantiene la emisión abierta {window} s: un corte de más de {last} s termina la emisión.</translation>
    </message>
    <message>
        <source>OBS&apos;s reconnect tries start at {last_in} s and then {next} s after a drop, while FastPix keeps the broadcast open for {window} s: if the network comes back in between, OBS reconnects only after FastPix closed the broadcast, and a new broadcast (and recording) starts.</source>
        <translation>Los intentos de reconexión de OBS empiezan a los {last_in} s y luego a los {next} s de un corte, mientras FastPix mantiene la emisión abierta {window} s: si la red vuelve entre medias, OBS se reconecta solo después de que FastPix haya cerrado la emisión, y empieza una emisión nueva (y una grabación nueva).</translation>
    </message>
    <message>
        <source>Set OBS&apos;s reconnect to a {delay} s first delay and {tries} tries for this profile: its last try inside the {window} s window then starts at {last} s.</source>
        <translation>Configurar la reconexión de OBS para este perfil con un primer retraso de {delay} s y {tries} intentos: su último intento dentro de la ventana de {window} s empieza entonces a los {last} s.</translation>
    </message>
    <message>
        <source>OBS then tries more often right after a drop, for every destination of this profile, until Restore puts its own settings back. OBS uses them from the next start of streaming.</source>
        <translation>OBS intenta entonces más a menudo justo después de un corte, para todos los destinos de este perfil, hasta que «Restaurar» devuelva sus propios ajustes. OBS los usa desde el próximo inicio de la transmisión.</translation>
    </message>
    <message>
        <source>Raise this stream&apos;s reconnect window to {window} s, so OBS&apos;s next reconnect try still falls inside it.</source>
        <translation>Aumentar la ventana de reconexión de esta transmisión a {window} s, para que el siguiente intento de reconexión de OBS aún caiga dentro.</translation>
    </message>
    <message>
        <source>After the encoder stops for good without End broadcast, FastPix keeps the broadcast open that much longer before it ends it.</source>
        <translation>Si el codificador se detiene definitivamente sin «Terminar emisión», FastPix mantiene la emisión abierta ese tiempo más antes de terminarla.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>must be between {min} and {max} seconds</source>
        <translation>debe estar entre {min} y {max} segundos</translation>
    </message>
    <message>
        <source>at most {max} entries (name included)</source>
        <translation>como máximo {max} entradas (nombre incluido)</translation>
    </message>
    <message>
        <source>must be a whole number of seconds</source>
        <translation>debe ser un número entero de segundos</translation>
    </message>
    <message>
        <source>names and values must be text</source>
        <translation>los nombres y valores deben ser texto</translation>
    </message>
    <message>
        <source>closed captions need RTMPS ingest; FastPix cannot caption SRT</source>
        <translation>los subtítulos necesitan ingesta RTMPS; FastPix no puede subtitular SRT</translation>
    </message>
</context>
<context>
    <name>onair</name>
    <message>
        <source>The reconnect window passed: this is a new broadcast and a new recording. Viewers of the old one saw it end; the old recording is processed on its own.</source>
        <translation>La ventana de reconexión pasó: esta es una emisión nueva y una grabación nueva. Los espectadores de la anterior vieron su final; la grabación anterior se procesa por su cuenta.</translation>
    </message>
    <message>
        <source>A new broadcast began</source>
        <translation>Comenzó una emisión nueva</translation>
    </message>
    <message>
        <source>Stream interrupted: reconnecting</source>
        <translation>Transmisión interrumpida: reconectando</translation>
    </message>
    <message>
        <source>OBS lost the connection to FastPix and is reconnecting.</source>
        <translation>OBS perdió la conexión con FastPix y se está reconectando.</translation>
    </message>
    <message>
        <source>Back on air</source>
        <translation>De nuevo en directo</translation>
    </message>
    <message>
        <source>OBS reconnected to FastPix.</source>
        <translation>OBS volvió a conectarse con FastPix.</translation>
    </message>
    <message>
        <source>Broadcast ended</source>
        <translation>Emisión finalizada</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS detuvo la transmisión.</translation>
    </message>
    <message>
        <source>Lost contact with OBS</source>
        <translation>Se perdió el contacto con OBS</translation>
    </message>
    <message>
        <source>The app cannot see OBS any more; OBS may still be streaming. Check OBS.</source>
        <translation>La aplicación ya no ve OBS; puede que OBS siga transmitiendo. Revisa OBS.</translation>
    </message>
    <message>
        <source>You are live</source>
        <translation>Estás en directo</translation>
    </message>
    <message>
        <source>OBS is streaming and FastPix receives it.</source>
        <translation>OBS está transmitiendo y FastPix lo recibe.</translation>
    </message>
    <message>
        <source>Stream stalled</source>
        <translation>Transmisión atascada</translation>
    </message>
    <message>
        <source>FastPix is not receiving video</source>
        <translation>FastPix no recibe vídeo</translation>
    </message>
    <message>
        <source>Broadcast stopped</source>
        <translation>Emisión detenida</translation>
    </message>
    <message>
        <source>Dropping frames</source>
        <translation>Se pierden fotogramas</translation>
    </message>
    <message>
        <source>OBS dropped {percent} % of frames recently: the connection cannot keep up. Lower the bitrate in OBS or check the network.</source>
        <translation>OBS ha descartado recientemente el {percent} % de los fotogramas: la conexión no da abasto. Baja la tasa de bits en OBS o revisa la red.</translation>
    </message>
    <message>
        <source>OBS says it is live, but FastPix is not receiving video. Check that OBS points at this stream (Settings → Stream: server and key), that nothing blocks the connection (RTMPS uses TCP 443, SRT uses UDP 778), and OBS&apos;s log for errors.</source>
        <translation>OBS dice que está en directo, pero FastPix no recibe vídeo. Comprueba que OBS apunta a esta transmisión (Ajustes → Emisión: servidor y clave), que nada bloquea la conexión (RTMPS usa TCP 443, SRT usa UDP 778) y el registro de OBS por si hay errores.</translation>
    </message>
    <message>
        <source>This FastPix stream was deleted while OBS was streaming to it, so OBS was stopped: it would have kept retrying forever.</source>
        <translation>Esta transmisión de FastPix se eliminó mientras OBS le enviaba vídeo, así que se detuvo OBS: habría seguido reintentándolo sin fin.</translation>
    </message>
    <message>
        <source>This FastPix stream was disabled while OBS was streaming to it, so OBS was stopped: FastPix refuses video for a disabled stream and OBS would have kept retrying forever. Enable the stream to go live again.</source>
        <translation>Esta transmisión de FastPix se desactivó mientras OBS le enviaba vídeo, así que se detuvo OBS: FastPix rechaza el vídeo de una transmisión desactivada y OBS habría seguido reintentándolo sin fin. Activa la transmisión para volver a salir en directo.</translation>
    </message>
    <message>
        <source>OBS has been trying to reconnect for {seconds} s without getting through. Check the network, then try Reconnect now.</source>
        <translation>OBS lleva {seconds} s intentando reconectar sin conseguirlo. Revisa la red y luego prueba «Reconectar ahora».</translation>
    </message>
    <message>
        <source>The connection to FastPix dropped; OBS is reconnecting. Viewers see the stream frozen until it is back.</source>
        <translation>Se cortó la conexión con FastPix; OBS se está reconectando. El público ve la imagen congelada hasta que vuelva.</translation>
    </message>
    <message>
        <source>OBS says it is live, but it has sent next to nothing for {seconds} s. The connection may be stuck: try Reconnect now.</source>
        <translation>OBS dice que está en directo, pero lleva {seconds} s sin enviar casi nada. Puede que la conexión esté atascada: prueba «Reconectar ahora».</translation>
    </message>
    <message>
        <source>OBS does not point at FastPix.</source>
        <translation>OBS no apunta a FastPix.</translation>
    </message>
    <message>
        <source>FastPix is not set up: not finished.</source>
        <translation>FastPix no está configurado: no se terminó.</translation>
    </message>
    <message>
        <source>FastPix had no live video for this stream ({status}), so there was nothing to finish.</source>
        <translation>FastPix no tenía vídeo en directo para esta transmisión ({status}), así que no había nada que terminar.</translation>
    </message>
    <message>
        <source>OBS stopped streaming. The FastPix broadcast is finished; its recording is being processed.</source>
        <translation>OBS dejó de transmitir. La emisión de FastPix ha terminado; su grabación se está procesando.</translation>
    </message>
    <message>
        <source>OBS was not streaming. The FastPix broadcast is finished; its recording is being processed.</source>
        <translation>OBS no estaba transmitiendo. La emisión de FastPix ha terminado; su grabación se está procesando.</translation>
    </message>
    <message>
        <source>OBS stopped streaming. {note}</source>
        <translation>OBS dejó de transmitir. {note}</translation>
    </message>
    <message>
        <source>OBS was not streaming. {note}</source>
        <translation>OBS no estaba transmitiendo. {note}</translation>
    </message>
    <message>
        <source>OBS was not streaming.</source>
        <translation>OBS no estaba transmitiendo.</translation>
    </message>
    <message>
        <source>{reason} Stopping OBS failed: {error}</source>
        <translation>{reason} No se pudo detener OBS: {error}</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>{kbps} kb/s</source>
        <translation>{kbps} kb/s</translation>
    </message>
    <message>
        <source>{dropped} dropped of {total} ({percent} %)</source>
        <translation>{dropped} perdidos de {total} ({percent} %)</translation>
    </message>
    <message>
        <source>about {viewers}</source>
        <translation>unos {viewers}</translation>
    </message>
</context>
<context>
    <name>reconnect_advice</name>
    <message>
        <source>OBS&apos;s automatic reconnect is off: a short network drop ends the broadcast. Turn it on in OBS: Settings → Advanced → Automatically Reconnect.</source>
        <translation>La reconexión automática de OBS está desactivada: un corte breve de la red termina la emisión. Actívala en OBS: Ajustes → Avanzado → Reconectar automáticamente.</translation>
    </message>
    <message>
        <source>OBS is set to 0 reconnect retries: a short network drop ends the broadcast. Raise Maximum Retries in OBS: Settings → Advanced.</source>
        <translation>OBS está configurado con 0 reintentos de reconexión: un corte breve de la red termina la emisión. Sube «Reintentos máximos» en OBS: Ajustes → Avanzado.</translation>
    </message>
    <message>
        <source>OBS waits {delay} before its first reconnect, longer than this stream&apos;s {window} reconnect window: every drop ends the broadcast. Lower Retry Delay in OBS: Settings → Advanced.</source>
        <translation>OBS espera {delay} antes de su primer intento de reconexión, más que la ventana de reconexión de {window} de esta transmisión: cada corte termina la emisión. Baja «Retraso de reintento» en OBS: Ajustes → Avanzado.</translation>
    </message>
    <message>
        <source>OBS gives up reconnecting after about {last}, while FastPix would wait {window}: raise Maximum Retries in OBS (Settings → Advanced) so a longer drop does not end the broadcast.</source>
        <translation>OBS deja de intentar reconectar tras unos {last}, mientras que FastPix esperaría {window}: sube «Reintentos máximos» en OBS (Ajustes → Avanzado) para que un corte más largo no termine la emisión.</translation>
    </message>
    <message>
        <source>OBS keeps retrying for about {last}, past this stream&apos;s {window} reconnect window: a reconnect after that starts a new broadcast and a new recording on FastPix.</source>
        <translation>OBS sigue reintentando durante unos {last}, más allá de la ventana de reconexión de {window} de esta transmisión: una reconexión después de eso inicia una emisión nueva y una grabación nueva en FastPix.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>Private playback links only play with a token signed by a signing key. The app asks FastPix for one key (FastPix shows its private half once and keeps only the public half), keeps the private half in this computer&apos;s keyring, and signs each link with it. Anyone with a signed link can watch until the link expires; deleting the key stops every link it signed.</source>
        <translation>Los enlaces de reproducción privados solo se reproducen con un token firmado por una clave de firma. La aplicación pide a FastPix una clave (FastPix muestra su parte privada una sola vez y conserva solo la pública), guarda la parte privada en el llavero de este equipo y firma cada enlace con ella. Cualquiera con un enlace firmado puede verlo hasta que caduque; eliminar la clave invalida todos los enlaces que firmó.</translation>
    </message>
</context>
<context>
    <name>stream_manage</name>
    <message>
        <source>Saves the name, metadata and reconnect window. The stream key and links stay the same.</source>
        <translation>Guarda el nombre, los metadatos y la ventana de reconexión. La clave de transmisión y los enlaces no cambian.</translation>
    </message>
    <message>
        <source>Lets encoders connect to this stream again.</source>
        <translation>Permite que los codificadores vuelvan a conectarse a esta transmisión.</translation>
    </message>
    <message>
        <source>Cuts off any encoder sending to this stream and refuses new ones until it is enabled again. A disabled stream cannot be edited.</source>
        <translation>Corta cualquier codificador que envíe a esta transmisión y rechaza otros nuevos hasta que se vuelva a activar. Una transmisión desactivada no se puede editar.</translation>
    </message>
    <message>
        <source>Ends the broadcast now: FastPix marks the stream idle and starts processing the recording, without waiting for the reconnect window.</source>
        <translation>Finaliza la emisión ahora: FastPix marca la transmisión como inactiva y empieza a procesar la grabación sin esperar a la ventana de reconexión.</translation>
    </message>
    <message>
        <source>Deletes the stream for good: its key stops working, its playback links stop playing and an encoder sending to it is cut off. This cannot be undone.</source>
        <translation>Elimina la transmisión para siempre: su clave deja de funcionar, sus enlaces de reproducción dejan de reproducirse y se corta cualquier codificador que le envíe. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Adds another playback link. A private link needs a signed token to play.</source>
        <translation>Añade otro enlace de reproducción. Un enlace privado necesita un token firmado para reproducirse.</translation>
    </message>
    <message>
        <source>Removes this playback link: players using it stop working.</source>
        <translation>Quita este enlace de reproducción: los reproductores que lo usan dejan de funcionar.</translation>
    </message>
    <message>
        <source>Only a stream that is live on FastPix (active) can be ended; this one is {status}.</source>
        <translation>Solo se puede terminar una transmisión que está en directo en FastPix (activa); esta está {status}.</translation>
    </message>
    <message>
        <source>This stream is already enabled ({status}).</source>
        <translation>Esta transmisión ya está activada ({status}).</translation>
    </message>
    <message>
        <source>This stream is already disabled.</source>
        <translation>Esta transmisión ya está desactivada.</translation>
    </message>
    <message>
        <source>A disabled stream cannot be edited. Enable it first, then make the change.</source>
        <translation>Una transmisión desactivada no se puede editar. Actívala primero y luego haz el cambio.</translation>
    </message>
    <message>
        <source>Saved. {details}</source>
        <translation>Guardado. {details}</translation>
    </message>
    <message>
        <source>Enabled: encoders can connect to it again.</source>
        <translation>Activada: los codificadores pueden volver a conectarse.</translation>
    </message>
    <message>
        <source>Disabled: no encoder can connect until you enable it again. The encoder that was sending to it was cut off.</source>
        <translation>Desactivada: ningún codificador puede conectarse hasta que la actives de nuevo. Se cortó el codificador que le estaba enviando.</translation>
    </message>
    <message>
        <source>Disabled: no encoder can connect until you enable it again.</source>
        <translation>Desactivada: ningún codificador puede conectarse hasta que la actives de nuevo.</translation>
    </message>
    <message>
        <source>Broadcast ended: the stream is idle again. Its recording is being processed. If the encoder is still sending, stop it too, or FastPix starts a new session.</source>
        <translation>Emisión terminada: la transmisión vuelve a estar inactiva. Su grabación se está procesando. Si el codificador sigue enviando, detenlo también, o FastPix empezará una sesión nueva.</translation>
    </message>
    <message>
        <source>Broadcast ended: the stream is idle again. If the encoder is still sending, stop it too, or FastPix starts a new session.</source>
        <translation>Emisión terminada: la transmisión vuelve a estar inactiva. Si el codificador sigue enviando, detenlo también, o FastPix empezará una sesión nueva.</translation>
    </message>
    <message>
        <source>OBS is live on this stream right now. Deleting it cuts the broadcast off. Stop streaming first, or confirm to delete it anyway.</source>
        <translation>OBS está en directo en esta transmisión ahora mismo. Eliminarla corta la emisión. Detén primero la transmisión, o confirma para eliminarla de todos modos.</translation>
    </message>
    <message>
        <source>OBS is set up to stream to this stream. Restore OBS&apos;s previous destination first (OBS → Restore previous OBS settings), or confirm to delete it anyway.</source>
        <translation>OBS está configurado para enviar a esta transmisión. Restaura primero el destino anterior de OBS (OBS → Restaurar los ajustes anteriores de OBS), o confirma para eliminarla de todos modos.</translation>
    </message>
    <message>
        <source>This stream is live on FastPix right now (an encoder is sending to it). Deleting it cuts that broadcast off. Confirm to delete it anyway.</source>
        <translation>Esta transmisión está en directo en FastPix ahora mismo (un codificador le está enviando). Eliminarla corta esa emisión. Confirma para eliminarla de todos modos.</translation>
    </message>
    <message>
        <source>Deleted {name}. Its key and links no longer work.</source>
        <translation>Se eliminó {name}. Su clave y sus enlaces ya no funcionan.</translation>
    </message>
    <message>
        <source>Added a private (needs a signed token) playback link ({id}).</source>
        <translation>Se añadió un enlace de reproducción privado (necesita un token firmado) ({id}).</translation>
    </message>
    <message>
        <source>Added a public playback link ({id}).</source>
        <translation>Se añadió un enlace de reproducción público ({id}).</translation>
    </message>
    <message>
        <source>Removed playback link {id}. The stream has no playback link left: add one so viewers can watch.</source>
        <translation>Se quitó el enlace de reproducción {id}. La transmisión ya no tiene enlaces de reproducción: añade uno para que los espectadores puedan verla.</translation>
    </message>
    <message>
        <source>Removed playback link {id}.</source>
        <translation>Se quitó el enlace de reproducción {id}.</translation>
    </message>
    <message>
        <source>Name: {name}. Reconnect window: {seconds} s.</source>
        <translation>Nombre: {name}. Ventana de reconexión: {seconds} s.</translation>
    </message>
    <message>
        <source>No name. Reconnect window: {seconds} s.</source>
        <translation>Sin nombre. Ventana de reconexión: {seconds} s.</translation>
    </message>
</context>
</TS>
