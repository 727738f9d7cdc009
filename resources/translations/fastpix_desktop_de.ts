<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdaptiveColumns</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Eins&amp;tellungen</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>St&amp;ream</translation>
    </message>
    <message>
        <source>Stream settings or your stream</source>
        <translation>Stream-Einstellungen oder Ihr Stream</translation>
    </message>
    <message>
        <source>The window is narrow: the settings and your stream are on two tabs</source>
        <translation>Das Fenster ist schmal: Einstellungen und Ihr Stream liegen auf zwei Registerkarten</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file {path} is a symbolic link; the app does not write through links, so changes are kept for this session only. Remove the link to save them again.</source>
        <translation>Die Einstellungsdatei {path} ist ein symbolischer Link; die App schreibt nicht durch Links, daher gelten Änderungen nur für diese Sitzung. Entfernen Sie den Link, damit sie wieder gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AsyncPrompt</name>
    <message>
        <source>OBS is live. Stop streaming and continue?</source>
        <translation>OBS ist live. Streaming beenden und fortfahren?</translation>
    </message>
    <message>
        <source>OBS refuses to change its stream destination while it is live. Stop the current stream in OBS, point it at the new FastPix stream, and continue?</source>
        <translation>OBS ändert sein Streamziel nicht, solange es live ist. Den laufenden Stream in OBS beenden, OBS auf den neuen FastPix-Stream einstellen und fortfahren?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OBS is live</source>
        <translation>OBS ist live</translation>
    </message>
    <message>
        <source>Stop streaming and continue</source>
        <translation>Streaming beenden und fortfahren</translation>
    </message>
    <message>
        <source>End the broadcast?</source>
        <translation>Übertragung beenden?</translation>
    </message>
    <message>
        <source>End the broadcast on {name}?</source>
        <translation>Übertragung auf {name} beenden?</translation>
    </message>
    <message>
        <source>OBS stops streaming and FastPix finishes the stream: viewers see the end, and the recording is processed now.</source>
        <translation>OBS beendet das Streaming und FastPix schließt den Stream ab: Zuschauer sehen das Ende, und die Aufnahme wird jetzt verarbeitet.</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Übertragung beenden</translation>
    </message>
    <message>
        <source>Stop streaming?</source>
        <translation>Streaming beenden?</translation>
    </message>
    <message>
        <source>Stop streaming to {name}?</source>
        <translation>Streaming zu {name} beenden?</translation>
    </message>
    <message>
        <source>OBS stops sending video. FastPix keeps the broadcast open for the stream&apos;s reconnect window, so starting again soon continues it.</source>
        <translation>OBS sendet kein Video mehr. FastPix hält die Übertragung für das Wiederverbindungsfenster des Streams offen; ein baldiger Neustart setzt sie fort.</translation>
    </message>
    <message>
        <source>Stop streaming</source>
        <translation>Streaming beenden</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s destination?</source>
        <translation>OBS-Ziel ersetzen?</translation>
    </message>
    <message>
        <source>OBS now sends to {destination}, which was set in OBS after this app&apos;s change. Replace it?</source>
        <translation>OBS sendet jetzt an {destination}; das wurde nach der Änderung durch diese App in OBS eingestellt. Ersetzen?</translation>
    </message>
    <message>
        <source>It is kept as the way back: OBS → Restore previous OBS settings brings it back.</source>
        <translation>Es bleibt als Rückweg erhalten: OBS → Vorherige OBS-Einstellungen wiederherstellen holt es zurück.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Quit fastpix-desktop?</source>
        <translation>fastpix-desktop beenden?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>AutostartAction</name>
    <message>
        <source>Start with the system, in the &amp;tray</source>
        <translation>Mit dem System starten, im &amp;Infobereich</translation>
    </message>
    <message>
        <source>Could not change starting with the system; see the log.</source>
        <translation>Das Starten mit dem System ließ sich nicht ändern; Details im Protokoll.</translation>
    </message>
    <message>
        <source>FastPix Desktop will start in the tray when you log in.</source>
        <translation>FastPix Desktop startet bei der Anmeldung im Infobereich.</translation>
    </message>
    <message>
        <source>FastPix Desktop will no longer start when you log in.</source>
        <translation>FastPix Desktop startet nicht mehr bei der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>ChannelControl</name>
    <message>
        <source>Make this my channel</source>
        <translation>Als meinen Kanal merken</translation>
    </message>
    <message>
        <source>Remember this stream (its ID and name, never its key) as yours: the main button then goes live on it.</source>
        <translation>Diesen Stream (seine ID und seinen Namen, nie seinen Schlüssel) als Ihren merken: Die Hauptschaltfläche geht dann darauf live.</translation>
    </message>
    <message>
        <source>Make the selected stream my channel</source>
        <translation>Den ausgewählten Stream als meinen Kanal merken</translation>
    </message>
    <message>
        <source>Go live on my channel</source>
        <translation>Auf meinem Kanal live gehen</translation>
    </message>
    <message>
        <source>This stream is no longer your channel.</source>
        <translation>Dieser Stream ist nicht mehr Ihr Kanal.</translation>
    </message>
    <message>
        <source>{name} is your channel: Go live on it with one click.</source>
        <translation>{name} ist Ihr Kanal: Mit einem Klick darauf live gehen.</translation>
    </message>
    <message>
        <source>Go live on {name}</source>
        <translation>Auf {name} live gehen</translation>
    </message>
    <message>
        <source>Points OBS at {name} if it does not already, then starts streaming.</source>
        <translation>Richtet OBS auf {name} aus, falls noch nicht geschehen, und startet dann das Streaming.</translation>
    </message>
    <message>
        <source>Your channel: {name}</source>
        <translation>Ihr Kanal: {name}</translation>
    </message>
    <message>
        <source>No channel chosen: select your usual stream and make it your channel.</source>
        <translation>Kein Kanal gewählt: Wählen Sie Ihren üblichen Stream aus und machen Sie ihn zu Ihrem Kanal.</translation>
    </message>
    <message>
        <source>Not my channel</source>
        <translation>Nicht mein Kanal</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
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
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>ChecklistJob</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ClipResultView</name>
    <message>
        <source>Clip link</source>
        <translation>Clip-Link</translation>
    </message>
    <message>
        <source>QR code of the clip link</source>
        <translation>QR-Code des Clip-Links</translation>
    </message>
    <message>
        <source>FastPix counts a clip&apos;s times in seconds of the live stream and does not document where they start after a reconnect, so the range may be a few seconds off.</source>
        <translation>FastPix zählt die Zeiten eines Clips in Sekunden des Livestreams und dokumentiert nicht, wo sie nach einer Neuverbindung beginnen; der Bereich kann daher einige Sekunden abweichen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Times are approximate (hover for why).</source>
        <translation>Zeiten sind ungefähr (Mauszeiger zeigt warum).</translation>
    </message>
    <message>
        <source>Open the clip link in a player</source>
        <translation>Clip-Link in einem Player öffnen</translation>
    </message>
    <message>
        <source>Clip of {start}–{end} of the broadcast</source>
        <translation>Clip von {start}–{end} der Übertragung</translation>
    </message>
    <message>
        <source>(shortened to 30 s, FastPix&apos;s documented limit)</source>
        <translation>(auf 30 s gekürzt, die dokumentierte Grenze von FastPix)</translation>
    </message>
    <message>
        <source>· signed link, plays until {until}</source>
        <translation>· signierter Link, spielt bis {until}</translation>
    </message>
    <message>
        <source>Signed clip link</source>
        <translation>Signierter Clip-Link</translation>
    </message>
    <message>
        <source>FastPix has not listed the clip yet.</source>
        <translation>FastPix führt den Clip noch nicht auf.</translation>
    </message>
    <message>
        <source>Clip on FastPix: {status}</source>
        <translation>Clip bei FastPix: {status}</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>{label} kopieren</translation>
    </message>
    <message>
        <source>Copy {label} to the clipboard</source>
        <translation>{label} in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Field labels inside a sentence: &apos;lower&apos; lowercases them, &apos;keep&apos; keeps them</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Create &amp;&amp; configure OBS</source>
        <translation>Erstellen &amp;&amp; OBS einrichten</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Stream erstellen</translation>
    </message>
    <message>
        <source>Start streaming in OBS when ready</source>
        <translation>Streaming in OBS starten, wenn bereit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel creating the stream</source>
        <translation>Erstellen des Streams abbrechen</translation>
    </message>
    <message>
        <source>Nothing running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <source>OBS stopped streaming; it still points at this stream (Start streaming goes live again).</source>
        <translation>OBS hat das Streaming beendet; es ist weiter auf diesen Stream eingestellt („Streaming starten“ geht wieder live).</translation>
    </message>
    <message>
        <source>OBS is no longer live: you can create a stream and configure OBS now.</source>
        <translation>OBS ist nicht mehr live: Sie können jetzt einen Stream erstellen und OBS einrichten.</translation>
    </message>
    <message>
        <source>{name} was deleted on FastPix.</source>
        <translation>{name} wurde bei FastPix gelöscht.</translation>
    </message>
    <message>
        <source>OBS now sends to this stream and is live.</source>
        <translation>OBS sendet jetzt an diesen Stream und ist live.</translation>
    </message>
    <message>
        <source>OBS now points at this stream. Start streaming in OBS to go live.</source>
        <translation>OBS ist jetzt auf diesen Stream eingestellt. Starten Sie das Streaming in OBS, um live zu gehen.</translation>
    </message>
    <message>
        <source>OBS no longer points at this stream: it sends to {destination}. Use this stream to point it back.</source>
        <translation>OBS zeigt nicht mehr auf diesen Stream: es sendet an {destination}. „Diesen Stream verwenden“ richtet es wieder darauf aus.</translation>
    </message>
    <message>
        <source>Lost contact with OBS while it was sending to this stream: OBS may have closed or crashed. What it does is shown again once it is back.</source>
        <translation>Kontakt zu OBS verloren, während es an diesen Stream sendete: OBS wurde vielleicht geschlossen oder ist abgestürzt. Sobald es wieder da ist, steht hier wieder, was es tut.</translation>
    </message>
    <message>
        <source>Create a new stream</source>
        <translation>Neuen Stream erstellen</translation>
    </message>
    <message>
        <source>Create a FastPix live stream and point OBS at it</source>
        <translation>Einen FastPix-Livestream erstellen und OBS darauf einstellen</translation>
    </message>
    <message>
        <source>Create a FastPix live stream (connect OBS to configure it too)</source>
        <translation>Einen FastPix-Livestream erstellen (OBS verbinden, um es ebenfalls einzurichten)</translation>
    </message>
    <message>
        <source>Live stream {date}</source>
        <translation>Livestream {date}</translation>
    </message>
    <message>
        <source>Fix the highlighted settings first; nothing was sent.</source>
        <translation>Korrigieren Sie zuerst die markierten Einstellungen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled after the stream was created. If OBS was already being changed, use Retry OBS or OBS → Restore previous OBS settings.</source>
        <translation>Abgebrochen, nachdem der Stream erstellt war. Falls OBS schon geändert wurde, nutzen Sie „OBS erneut versuchen“ oder OBS → Vorherige OBS-Einstellungen wiederherstellen.</translation>
    </message>
    <message>
        <source>Cancelled. If FastPix had already received the request, the stream will show in Your streams, marked as created here and never used.</source>
        <translation>Abgebrochen. Falls FastPix die Anfrage schon erhalten hatte, erscheint der Stream unter „Ihre Streams“, markiert als hier erstellt und nie genutzt.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was created and OBS was not changed.</source>
        <translation>Abgebrochen. Es wurde nichts erstellt und OBS wurde nicht geändert.</translation>
    </message>
    <message>
        <source>OBS was not configured.</source>
        <translation>OBS wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Cancelled before OBS was configured.</source>
        <translation>Abgebrochen, bevor OBS eingerichtet war.</translation>
    </message>
    <message>
        <source>Connecting to OBS</source>
        <translation>Verbindung zu OBS wird hergestellt</translation>
    </message>
    <message>
        <source>FastPix did not accept some settings.</source>
        <translation>FastPix hat einige Einstellungen nicht akzeptiert.</translation>
    </message>
    <message>
        <source>FastPix did not accept some settings; see the messages under the fields.</source>
        <translation>FastPix hat einige Einstellungen nicht akzeptiert; siehe die Hinweise unter den Feldern.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>FastPix credentials</source>
        <translation>FastPix-Zugangsdaten</translation>
    </message>
    <message>
        <source>Welcome! Paste an access token from the FastPix dashboard (Settings → Access Tokens, with permission for live streams). The secret key is kept in your system keyring.</source>
        <translation>Willkommen! Fügen Sie ein Access Token aus dem FastPix-Dashboard ein (Settings → Access Tokens, mit Berechtigung für Livestreams). Der geheime Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Paste an access token from the FastPix dashboard (Settings → Access Tokens, with permission for live streams). The secret key is kept in your system keyring.</source>
        <translation>Fügen Sie ein Access Token aus dem FastPix-Dashboard ein (Settings → Access Tokens, mit Berechtigung für Livestreams). Der geheime Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Access Token ID</source>
        <translation>Access-Token-ID</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Access Token &amp;ID</source>
        <translation>Access-Token-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Secret Key</source>
        <translation>&amp;Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save credentials</source>
        <translation>Zugangsdaten speichern</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Demomodus ausprobieren</translation>
    </message>
    <message>
        <source>Try demo mode without an account</source>
        <translation>Demomodus ohne Konto ausprobieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the credentials with FastPix…</source>
        <translation>Zugangsdaten werden bei FastPix geprüft…</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Using the FastPix credentials from {username} and {password} (not stored on this computer).</source>
        <translation>Die FastPix-Zugangsdaten aus {username} und {password} werden verwendet (nicht auf diesem Computer gespeichert).</translation>
    </message>
    <message>
        <source>FastPix &amp;credentials…</source>
        <translation>FastPix-&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;Remove stored FastPix credentials…</source>
        <translation>Gespeicherte FastPix-Zugangsdaten &amp;entfernen…</translation>
    </message>
    <message>
        <source>{problem} Use Settings → FastPix credentials.</source>
        <translation>{problem} Nutzen Sie Einstellungen → FastPix-Zugangsdaten.</translation>
    </message>
    <message>
        <source>No usable system keyring: {reason}. Keys and passwords are kept for this session only and will be asked for again next time.</source>
        <translation>Kein nutzbarer Schlüsselbund im System, weil {reason}. Schlüssel und Passwörter bleiben nur für diese Sitzung erhalten und werden beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Warnung: Dieser Schlüsselbund ist nicht sicher, weil {warning}.</translation>
    </message>
    <message>
        <source>{problem} Change {username} and {password}.</source>
        <translation>{problem} Ändern Sie {username} und {password}.</translation>
    </message>
    <message>
        <source>{problem} Use Settings → FastPix credentials to change them.</source>
        <translation>{problem} Ändern Sie sie unter Einstellungen → FastPix-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Saved, but they could not be checked now: {problem}</source>
        <translation>Gespeichert, konnten aber gerade nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <source>Saved. They are used when you start fastpix-desktop without --demo.</source>
        <translation>Gespeichert. Sie werden verwendet, wenn Sie fastpix-desktop ohne --demo starten.</translation>
    </message>
    <message>
        <source>FastPix credentials saved.</source>
        <translation>FastPix-Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>Remove FastPix credentials</source>
        <translation>FastPix-Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>Remove the stored Access Token ID and Secret Key from the system keyring?</source>
        <translation>Gespeicherte Access-Token-ID und geheimen Schlüssel aus dem Schlüsselbund des Systems entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>FastPix credentials removed from this computer.</source>
        <translation>FastPix-Zugangsdaten von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Demo mode: streams are created in the built-in sandbox.</source>
        <translation>Demomodus: Streams werden in der eingebauten Sandbox erstellt.</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>How OBS sends the video to FastPix: RTMPS or SRT</source>
        <translation>Wie OBS das Video an FastPix sendet: RTMPS oder SRT</translation>
    </message>
    <message>
        <source>The highest resolution FastPix keeps for viewers</source>
        <translation>Die höchste Auflösung, die FastPix für Zuschauer bereithält</translation>
    </message>
    <message>
        <source>Public links play for anyone; private ones need a signed token</source>
        <translation>Öffentliche Links spielen für jeden; private brauchen ein signiertes Token</translation>
    </message>
    <message>
        <source>Who may watch the recording after the stream</source>
        <translation>Wer die Aufnahme nach dem Stream ansehen darf</translation>
    </message>
    <message>
        <source>Viewers can rewind the live stream</source>
        <translation>Zuschauer können im Livestream zurückspulen</translation>
    </message>
    <message>
        <source>FastPix keeps a video on demand of the stream</source>
        <translation>FastPix bewahrt den Stream als Video on Demand auf</translation>
    </message>
    <message>
        <source>FastPix adds English captions (RTMPS only)</source>
        <translation>FastPix fügt englische Untertitel hinzu (nur RTMPS)</translation>
    </message>
    <message>
        <source>Extra key and value pairs sent to FastPix with the stream</source>
        <translation>Zusätzliche Schlüssel-Wert-Paare, die mit dem Stream an FastPix gehen</translation>
    </message>
    <message>
        <source>Add a metadata key and value</source>
        <translation>Einen Metadaten-Schlüssel und -Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Den ausgewählten Metadateneintrag entfernen</translation>
    </message>
    <message>
        <source>When OBS points at the new stream, start streaming at once</source>
        <translation>Sobald OBS auf den neuen Stream eingestellt ist, sofort mit dem Streaming beginnen</translation>
    </message>
    <message>
        <source>Stop creating the stream</source>
        <translation>Das Erstellen des Streams abbrechen</translation>
    </message>
    <message>
        <source>The primary action (Ctrl+Return)</source>
        <translation>Die Hauptaktion (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Point OBS at the stream shown here again</source>
        <translation>OBS erneut auf den hier gezeigten Stream einstellen</translation>
    </message>
    <message>
        <source>Start streaming in OBS</source>
        <translation>Streaming in OBS starten</translation>
    </message>
    <message>
        <source>Stop streaming in OBS</source>
        <translation>Streaming in OBS beenden</translation>
    </message>
    <message>
        <source>From the FastPix dashboard: Settings, Access Tokens</source>
        <translation>Aus dem FastPix-Dashboard: Settings, Access Tokens</translation>
    </message>
    <message>
        <source>Check the credentials with FastPix and keep them</source>
        <translation>Die Zugangsdaten bei FastPix prüfen und behalten</translation>
    </message>
    <message>
        <source>Use the built-in FastPix sandbox; nothing is real</source>
        <translation>Die eingebaute FastPix-Sandbox verwenden; nichts ist echt</translation>
    </message>
    <message>
        <source>Paste the obsws:// text from OBS&apos;s Show Connect Info</source>
        <translation>Den obsws://-Text aus „Verbindungsinformationen anzeigen“ in OBS einfügen</translation>
    </message>
    <message>
        <source>The computer OBS runs on</source>
        <translation>Der Computer, auf dem OBS läuft</translation>
    </message>
    <message>
        <source>The port of OBS&apos;s WebSocket server (4455 unless changed)</source>
        <translation>Der Port des WebSocket-Servers von OBS (4455, sofern nicht geändert)</translation>
    </message>
    <message>
        <source>Try to connect to OBS with these settings</source>
        <translation>Mit diesen Einstellungen eine Verbindung zu OBS versuchen</translation>
    </message>
    <message>
        <source>Keep these OBS connection settings</source>
        <translation>Diese OBS-Verbindungseinstellungen behalten</translation>
    </message>
    <message>
        <source>Where to simulcast: a known service or a custom RTMP address</source>
        <translation>Wohin gleichzeitig gestreamt wird: ein bekannter Dienst oder eine eigene RTMP-Adresse</translation>
    </message>
    <message>
        <source>A name for this simulcast target, for you</source>
        <translation>Ein Name für dieses Simulcast-Ziel, nur für Sie</translation>
    </message>
    <message>
        <source>The RTMP address and stream key of the other service</source>
        <translation>Die RTMP-Adresse und der Streamschlüssel des anderen Dienstes</translation>
    </message>
    <message>
        <source>Add this simulcast target to the stream</source>
        <translation>Dieses Simulcast-Ziel zum Stream hinzufügen</translation>
    </message>
    <message>
        <source>Turn this simulcast target on or off</source>
        <translation>Dieses Simulcast-Ziel ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Remove this simulcast target from the stream</source>
        <translation>Dieses Simulcast-Ziel aus dem Stream entfernen</translation>
    </message>
    <message>
        <source>How long a signed playback link keeps working</source>
        <translation>Wie lange ein signierter Wiedergabelink funktioniert</translation>
    </message>
    <message>
        <source>Make a FastPix signing key for private playback links</source>
        <translation>Einen FastPix-Signaturschlüssel für private Wiedergabelinks erstellen</translation>
    </message>
    <message>
        <source>Make a signed playback link for this playback ID</source>
        <translation>Einen signierten Wiedergabelink für diese Wiedergabe-ID erstellen</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Mit Ja antworten</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Mit Nein antworten</translation>
    </message>
    <message>
        <source>Open the playback link in your web browser</source>
        <translation>Den Wiedergabelink im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something unexpected went wrong. The app is still running and nothing was sent to OBS because of it. If it happens again, copy the details below into a bug report; keys and passwords have been removed from them.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die App läuft weiter, und deswegen wurde nichts an OBS gesendet. Falls es wieder passiert, kopieren Sie die Details unten in einen Fehlerbericht; Schlüssel und Passwörter wurden daraus entfernt.</translation>
    </message>
    <message>
        <source>fastpix-desktop: unexpected error</source>
        <translation>fastpix-desktop: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>{summary}

%n errors so far; the newest is last.</source>
        <translation>
            <numerusform>{summary}

Bisher %n Fehler; der neueste steht am Ende.</numerusform>
            <numerusform>{summary}

Bisher %n Fehler; der neueste steht am Ende.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>No browser opened the link. Copy it into one: {url}</source>
        <translation>Kein Browser hat den Link geöffnet. Kopieren Sie ihn in einen: {url}</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About fastpix-desktop</source>
        <translation>Ü&amp;ber fastpix-desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;fastpix-desktop {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create a FastPix live stream and point OBS at it in one click.&lt;/p&gt;&lt;p&gt;Licence: {licence}&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Secrets are kept in: {keyring}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;fastpix-desktop {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Einen FastPix-Livestream erstellen und OBS mit einem Klick darauf einstellen.&lt;/p&gt;&lt;p&gt;Lizenz: {licence}&lt;/p&gt;&lt;p&gt;Dokumentation: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Geheimnisse liegen in: {keyring}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About fastpix-desktop</source>
        <translation>Über fastpix-desktop</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time fastpix-desktop starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von fastpix-desktop.</translation>
    </message>
</context>
<context>
    <name>LibraryManager</name>
    <message>
        <source>Disable stream</source>
        <translation>Stream deaktivieren</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>{name} deaktivieren?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Übertragung beenden</translation>
    </message>
    <message>
        <source>End the broadcast on {name}?</source>
        <translation>Die Übertragung auf {name} beenden?</translation>
    </message>
    <message>
        <source>Remove a playback link</source>
        <translation>Wiedergabelink entfernen</translation>
    </message>
    <message>
        <source>Which playback link of {name} should be removed? {rule}</source>
        <translation>Welcher Wiedergabelink von {name} soll entfernt werden? {rule}</translation>
    </message>
    <message>
        <source>Delete stream</source>
        <translation>Stream löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete a stream in use?</source>
        <translation>Einen verwendeten Stream löschen?</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>No stream in Your streams is marked as created here and never used; nothing was deleted.</source>
        <translation>Kein Stream unter „Ihre Streams“ ist als hier erstellt und nie genutzt markiert; nichts wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unused streams</source>
        <translation>Ungenutzte Streams löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stream(s) created here that OBS never used?</source>
        <translation>
            <numerusform>%n hier erstellten Stream löschen, den OBS nie verwendet hat?</numerusform>
            <numerusform>%n hier erstellte Streams löschen, die OBS nie verwendet hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Refresh the stream list</source>
        <translation>Streamliste aktualisieren</translation>
    </message>
    <message>
        <source>Use this stream: point OBS at it</source>
        <translation>Diesen Stream verwenden: OBS darauf ausrichten</translation>
    </message>
    <message>
        <source>Manage the selected stream</source>
        <translation>Den ausgewählten Stream verwalten</translation>
    </message>
    <message>
        <source>Delete the streams created here that OBS never used</source>
        <translation>Die hier erstellten Streams löschen, die OBS nie verwendet hat</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Your channel could not be loaded: {error}</source>
        <translation>Ihr Kanal konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Some streams could not be loaded: {error}</source>
        <translation>Einige Streams konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Only the newest {count} streams are shown: FastPix says there are {total}.</source>
        <translation>Nur die neuesten {count} Streams werden angezeigt: Laut FastPix gibt es {total}.</translation>
    </message>
    <message>
        <source>OBS is live: the live stream stays on screen. Stop streaming to see another stream&apos;s details.</source>
        <translation>OBS ist live: Der Live-Stream bleibt auf dem Bildschirm. Beenden Sie das Streaming, um die Details eines anderen Streams zu sehen.</translation>
    </message>
    <message>
        <source>OBS points at this stream.</source>
        <translation>OBS ist auf diesen Stream eingestellt.</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>OBS is not connected ({reason}): connect it first.</source>
        <translation>OBS ist nicht verbunden ({reason}): Verbinden Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>LibraryPrompts</name>
    <message>
        <source>OBS&apos;s destination cannot be saved</source>
        <translation>Das Ziel von OBS kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination cannot be saved because {reason}; change OBS anyway?</source>
        <translation>Das aktuelle Ziel von OBS kann nicht gesichert werden, weil {reason}; OBS trotzdem ändern?</translation>
    </message>
    <message>
        <source>Without a saved copy, Restore previous OBS settings cannot bring back what OBS sends to now.</source>
        <translation>Ohne gesicherte Kopie kann „Vorherige OBS-Einstellungen wiederherstellen“ nicht zurückholen, wohin OBS jetzt sendet.</translation>
    </message>
    <message>
        <source>Change OBS anyway</source>
        <translation>OBS trotzdem ändern</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Edit stream</source>
        <translation>Stream bearbeiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reconnect window</source>
        <translation>Wiederverbindungsfenster</translation>
    </message>
    <message>
        <source>Other metadata (KEY=VALUE a line)</source>
        <translation>Weitere Metadaten (SCHLÜSSEL=WERT je Zeile)</translation>
    </message>
    <message>
        <source>The reconnect window must be {low} to {high} seconds; {typed} is not.</source>
        <translation>Das Zeitfenster für Wiederverbindung muss {low} bis {high} Sekunden betragen; {typed} liegt außerhalb.</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>created here, never used</source>
        <translation>hier erstellt, nie verwendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Max resolution</source>
        <translation>Max. Auflösung</translation>
    </message>
    <message>
        <source>DVR</source>
        <translation>DVR</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
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
Stream-ID: {stream_id}</translation>
    </message>
    <message>
        <source>This app created the stream, but OBS was never pointed at it (a cancelled run or a failed OBS step). You can delete all such streams at once.</source>
        <translation>Diese App hat den Stream erstellt, aber OBS wurde nie darauf eingestellt (ein abgebrochener Durchlauf oder ein fehlgeschlagener OBS-Schritt). Sie können alle solchen Streams auf einmal löschen.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Rename / edit…</source>
        <translation>Umbenennen / bearbeiten…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation>Übertragung beenden…</translation>
    </message>
    <message>
        <source>Add a public playback link</source>
        <translation>Öffentlichen Wiedergabelink hinzufügen</translation>
    </message>
    <message>
        <source>Add a private playback link</source>
        <translation>Privaten Wiedergabelink hinzufügen</translation>
    </message>
    <message>
        <source>Remove a playback link…</source>
        <translation>Wiedergabelink entfernen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Stream library</source>
        <translation>Stream-Bibliothek</translation>
    </message>
    <message>
        <source>Search by name or stream ID</source>
        <translation>Nach Name oder Stream-ID suchen</translation>
    </message>
    <message>
        <source>Search streams</source>
        <translation>Streams durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Use this stream</source>
        <translation>Diesen Stream verwenden</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Delete unused streams…</source>
        <translation>Unbenutzte Streams löschen…</translation>
    </message>
    <message>
        <source>Deletes every stream this app created that OBS was never pointed at (cancelled runs, failed OBS steps).</source>
        <translation>Löscht jeden von dieser App erstellten Stream, auf den OBS nie eingestellt wurde (abgebrochene Durchläufe, fehlgeschlagene OBS-Schritte).</translation>
    </message>
    <message>
        <source>Loading streams… {loaded} of {total}</source>
        <translation>Streams werden geladen… {loaded} von {total}</translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation>Streams werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n stream(s)</source>
        <translation>
            <numerusform>{count} von %n Stream</numerusform>
            <numerusform>{count} von %n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} matching · {words}</source>
        <translation>{shown} Treffer · {words}</translation>
    </message>
    <message>
        <source>A disabled stream refuses encoders: enable it first.</source>
        <translation>Ein deaktivierter Stream weist Encoder ab: Aktivieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Point OBS at this stream (no new stream is created).</source>
        <translation>OBS auf diesen Stream einstellen (es wird kein neuer Stream erstellt).</translation>
    </message>
    <message>
        <source>This stream has no playback link to remove.</source>
        <translation>Dieser Stream hat keinen Wiedergabelink, der entfernt werden könnte.</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Safari and players such as VLC play these links; most other desktop browsers download a .m3u8 file instead of playing it. FastPix documents no player page that takes a token.</source>
        <translation>Safari und Player wie VLC spielen diese Links ab; die meisten anderen Desktop-Browser laden stattdessen eine .m3u8-Datei herunter. FastPix dokumentiert keine Player-Seite, die ein Token annimmt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — plays until {until}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — spielt bis {until}</translation>
    </message>
    <message>
        <source>Signed playback link</source>
        <translation>Signierter Wiedergabelink</translation>
    </message>
    <message>
        <source>Signed thumbnail link</source>
        <translation>Signierter Vorschaubild-Link</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open signed playback link in browser</source>
        <translation>Signierten Wiedergabelink im Browser öffnen</translation>
    </message>
    <message>
        <source>QR code of the signed playback link</source>
        <translation>QR-Code des signierten Wiedergabelinks</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>FastPix&apos;s count is approximate and refreshed every 20 s.</source>
        <translation>Die Zahl von FastPix ist ungefähr und wird alle 20 s aktualisiert.</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Überlastung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Zuschauer</translation>
    </message>
    <message>
        <source>Stop streaming</source>
        <translation>Streaming beenden</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Übertragung beenden</translation>
    </message>
    <message>
        <source>Stop OBS, then finish the FastPix stream so its recording is processed at once.</source>
        <translation>OBS anhalten und dann den FastPix-Stream beenden, damit seine Aufnahme sofort verarbeitet wird.</translation>
    </message>
    <message>
        <source>End broadcast on {name}</source>
        <translation>Übertragung auf {name} beenden</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Stream: {name} (FastPix: {status})</source>
        <translation>Stream: {name} (FastPix: {status})</translation>
    </message>
    <message>
        <source>OBS sends to {destination} (not a FastPix stream of yours)</source>
        <translation>OBS sendet an {destination} (kein FastPix-Stream von Ihnen)</translation>
    </message>
    <message>
        <source>OBS is reconnecting to FastPix.</source>
        <translation>OBS verbindet sich neu mit FastPix.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> Demo: FastPix sandbox, nothing is real </source>
        <translation> Demo: Sandbox, nichts ist echt </translation>
    </message>
    <message>
        <source>Demo mode: using the built-in FastPix sandbox</source>
        <translation>Demomodus: Die eingebaute FastPix-Sandbox wird verwendet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Ihr Stream</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>H&amp;ilfe</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Your streams</source>
        <translation>Ihre Streams</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>Neuer Stream</translation>
    </message>
    <message>
        <source>&amp;Your streams</source>
        <translation>&amp;Ihre Streams</translation>
    </message>
    <message>
        <source>&amp;Create stream</source>
        <translation>Stream &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation>Streams a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;New stream</source>
        <translation>&amp;Neuer Stream</translation>
    </message>
    <message>
        <source>{tab} ({keys})</source>
        <translation>{tab} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;OBS</source>
        <translation>&amp;OBS</translation>
    </message>
    <message>
        <source>fastpix-desktop (demo)</source>
        <translation>fastpix-desktop (Demo)</translation>
    </message>
</context>
<context>
    <name>MediaRow</name>
    <message>
        <source>ready</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>wird verarbeitet…</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Private: no signed link could be made.</source>
        <translation>Privat: Es konnte kein signierter Link erstellt werden.</translation>
    </message>
    <message>
        <source>Signed link</source>
        <translation>Signierter Link</translation>
    </message>
    <message>
        <source>Signed: plays until {until}</source>
        <translation>Signiert: spielt bis {until}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Show the QR code of the link</source>
        <translation>QR-Code des Links zeigen</translation>
    </message>
    <message>
        <source>Open the link in a player</source>
        <translation>Link in einem Player öffnen</translation>
    </message>
    <message>
        <source>Signed MP4 download</source>
        <translation>Signierter MP4-Download</translation>
    </message>
    <message>
        <source>MP4 download</source>
        <translation>MP4-Download</translation>
    </message>
    <message>
        <source>Make MP4 downloadable</source>
        <translation>Als MP4 herunterladbar machen</translation>
    </message>
</context>
<context>
    <name>ObsConnectionDialog</name>
    <message>
        <source>In OBS: Tools → WebSocket Server Settings → tick Enable WebSocket server, then Show Connect Info → Copy (the obsws://… string) and paste it below.</source>
        <translation>In OBS: Werkzeuge → WebSocket-Server-Einstellungen → „WebSocket-Server aktivieren“ ankreuzen, dann „Verbindungsinformationen anzeigen“ → Kopieren (den obsws://…-Text) und unten einfügen.</translation>
    </message>
    <message>
        <source>Filled in host, port and password from the connect string.</source>
        <translation>Host, Port und Passwort wurden aus dem Verbindungstext übernommen.</translation>
    </message>
    <message>
        <source>That is not an OBS connect string (obsws://host:port/password).</source>
        <translation>Das ist kein OBS-Verbindungstext (obsws://host:port/passwort).</translation>
    </message>
    <message>
        <source>OBS connection</source>
        <translation>OBS-Verbindung</translation>
    </message>
    <message>
        <source>OBS connect string</source>
        <translation>OBS-Verbindungstext</translation>
    </message>
    <message>
        <source>OBS host</source>
        <translation>OBS-Host</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>OBS-WebSocket-Port</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS-WebSocket-Passwort</translation>
    </message>
    <message>
        <source>Connect &amp;string</source>
        <translation>&amp;Verbindungstext</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the OBS connection</source>
        <translation>Die OBS-Verbindung testen</translation>
    </message>
    <message>
        <source>Save OBS connection</source>
        <translation>OBS-Verbindung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Verbindung zu OBS wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: {description}</source>
        <translation>Verbunden: {description}</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <source>Start streaming</source>
        <translation>Streaming starten</translation>
    </message>
    <message>
        <source>Start streaming in OBS</source>
        <translation>Streaming in OBS starten</translation>
    </message>
    <message>
        <source>&amp;OBS connection…</source>
        <translation>&amp;OBS-Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to OBS</source>
        <translation>&amp;Neu mit OBS verbinden</translation>
    </message>
    <message>
        <source>Restore &amp;previous OBS settings</source>
        <translation>&amp;Vorherige OBS-Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Stop streaming</source>
        <translation>Streaming &amp;beenden</translation>
    </message>
    <message>
        <source>{name} is ignored: {problem}</source>
        <translation>{name} wird ignoriert: {problem}</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>OBS is closing</source>
        <translation>OBS wird geschlossen</translation>
    </message>
    <message>
        <source>OBS switched to profile &apos;{name}&apos;; its stream settings may differ.</source>
        <translation>OBS hat zum Profil „{name}“ gewechselt; dessen Stream-Einstellungen können abweichen.</translation>
    </message>
    <message>
        <source>Start streaming to {name}</source>
        <translation>Streaming zu {name} starten</translation>
    </message>
    <message>
        <source>Cannot restore: OBS is not connected ({reason}).</source>
        <translation>Wiederherstellen nicht möglich: OBS ist nicht verbunden ({reason}).</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s current destination?</source>
        <translation>Das aktuelle Ziel von OBS ersetzen?</translation>
    </message>
    <message>
        <source>Restore anyway?</source>
        <translation>Trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Nothing was changed in OBS.</source>
        <translation>In OBS wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{names} is set: at the next start it is used instead of what you save here.</source>
        <translation>{names} ist gesetzt: Beim nächsten Start wird dies statt der hier gespeicherten Werte verwendet.</translation>
    </message>
    <message>
        <source>{names} are set: at the next start they are used instead of what you save here.</source>
        <translation>{names} sind gesetzt: Beim nächsten Start werden sie statt der hier gespeicherten Werte verwendet.</translation>
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
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>OBS is optional in the demo. Next step: start OBS and enable Tools → WebSocket Server Settings, and the app points OBS at the demo stream.</source>
        <translation>OBS ist in der Demo optional. Nächster Schritt: OBS starten und Werkzeuge → WebSocket-Server-Einstellungen aktivieren, dann stellt die App OBS auf den Demo-Stream ein.</translation>
    </message>
    <message>
        <source>OBS: not connected ({reason})</source>
        <translation>OBS: nicht verbunden ({reason})</translation>
    </message>
    <message>
        <source>Connected to OBS {version}</source>
        <translation>Mit OBS {version} verbunden</translation>
    </message>
    <message>
        <source>OBS is live</source>
        <translation>OBS ist live</translation>
    </message>
    <message>
        <source>OBS is reconnecting to FastPix…</source>
        <translation>OBS verbindet sich neu mit FastPix…</translation>
    </message>
    <message>
        <source>OBS is starting to stream…</source>
        <translation>OBS startet das Streaming…</translation>
    </message>
    <message>
        <source>OBS is stopping the stream…</source>
        <translation>OBS beendet den Stream…</translation>
    </message>
</context>
<context>
    <name>OnAirPanel</name>
    <message>
        <source>Busy: the window is running another task ({job}). Try again when it has finished.</source>
        <translation>Beschäftigt: Das Fenster führt gerade eine andere Aufgabe aus ({job}). Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Auf Sendung</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Vorgeschlagene Korrektur anwenden</translation>
    </message>
    <message>
        <source>&amp;Go live on my channel</source>
        <translation>Auf meinem Kanal &amp;live gehen</translation>
    </message>
    <message>
        <source>&amp;End broadcast</source>
        <translation>&amp;Übertragung beenden</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Minimise to tray</source>
        <translation>In den Infobereich &amp;minimieren</translation>
    </message>
    <message>
        <source>&amp;Ask before ending or stopping a broadcast</source>
        <translation>Vor dem Beenden einer Übertragung &amp;fragen</translation>
    </message>
    <message>
        <source>The remote control is off: {error}</source>
        <translation>Die Fernsteuerung ist aus: {error}</translation>
    </message>
    <message>
        <source>Another fastpix-desktop is running: go-live, end and status go to it.</source>
        <translation>Ein anderes fastpix-desktop läuft: go-live, end und status gehen an dieses.</translation>
    </message>
    <message>
        <source>&amp;Go live on {name}</source>
        <translation>Auf {name} &amp;live gehen</translation>
    </message>
    <message>
        <source>{what} ({cost})</source>
        <translation>{what} ({cost})</translation>
    </message>
    <message>
        <source>Fixed. OBS uses the change after a restart: restart OBS first.</source>
        <translation>Korrigiert. OBS verwendet die Änderung nach einem Neustart: Starten Sie OBS zuerst neu.</translation>
    </message>
    <message>
        <source>Lost contact with OBS while on air: OBS may have closed or crashed. The app reconnects when OBS is back, and shows what OBS is doing then.</source>
        <translation>Kontakt zu OBS während der Sendung verloren: OBS wurde vielleicht geschlossen oder ist abgestürzt. Die App verbindet sich wieder, sobald OBS zurück ist, und zeigt dann, was OBS tut.</translation>
    </message>
    <message>
        <source>OBS is back and streaming.</source>
        <translation>OBS ist wieder da und streamt.</translation>
    </message>
    <message>
        <source>OBS is back; it is not streaming.</source>
        <translation>OBS ist wieder da; es streamt nicht.</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS hat das Streaming beendet.</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination</source>
        <translation>das aktuelle Ziel von OBS</translation>
    </message>
    <message>
        <source>OBS reconnected to FastPix.</source>
        <translation>OBS ist wieder mit FastPix verbunden.</translation>
    </message>
    <message>
        <source>The running window was brought to the front.</source>
        <translation>Das laufende Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>The window did not finish the command; see its window.</source>
        <translation>Das Fenster hat den Befehl nicht abgeschlossen; siehe dort.</translation>
    </message>
</context>
<context>
    <name>OnAirTray</name>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindet neu…</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Hängt</translation>
    </message>
    <message>
        <source>Go live on my channel</source>
        <translation>Auf meinem Kanal live gehen</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Übertragung beenden</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No contact with OBS.</source>
        <translation>Kein Kontakt zu OBS.</translation>
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
        <translation>Auf {name} live gehen</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Something unexpected went wrong; the details are in the error window.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Details stehen im Fehlerfenster.</translation>
    </message>
</context>
<context>
    <name>PastBroadcastsDialog</name>
    <message>
        <source>Today: no broadcast yet.</source>
        <translation>Heute: noch keine Übertragung.</translation>
    </message>
    <message>
        <source>Today: {duration} on air · reconnects: {reconnects} · peak viewers: {peak} · clips: {clips}</source>
        <translation>Heute: {duration} auf Sendung · Neuverbindungen: {reconnects} · Zuschauer (Spitze): {peak} · Clips: {clips}</translation>
    </message>
    <message>
        <source>Past broadcasts</source>
        <translation>Frühere Übertragungen</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <source>Create a playback signing key</source>
        <translation>Einen Signaturschlüssel für die Wiedergabe erstellen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the recordings and clips</source>
        <translation>Aufzeichnungen und Clips aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Past broadcasts</source>
        <translation>Frühere Übertragungen schließen</translation>
    </message>
    <message>
        <source>Stream: {name}</source>
        <translation>Stream: {name}</translation>
    </message>
    <message>
        <source>Choose a stream (Your streams) to see its recordings and clips.</source>
        <translation>Wählen Sie einen Stream (Ihre Streams), um seine Aufzeichnungen und Clips zu sehen.</translation>
    </message>
    <message>
        <source>No recordings or clips of this stream yet.</source>
        <translation>Von diesem Stream gibt es noch keine Aufzeichnungen oder Clips.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>A stream is being created. If you quit now it may exist on FastPix without its stream key ever having been shown here.</source>
        <translation>Ein Stream wird gerade erstellt. Wenn Sie jetzt beenden, existiert er eventuell bei FastPix, ohne dass sein Streamschlüssel hier je angezeigt wurde.</translation>
    </message>
    <message>
        <source>OBS is being changed. If you quit now it may be left half-configured.</source>
        <translation>OBS wird gerade geändert. Wenn Sie jetzt beenden, bleibt es eventuell halb eingerichtet.</translation>
    </message>
    <message>
        <source>OBS is live. Quitting fastpix-desktop does not stop the stream in OBS.</source>
        <translation>OBS ist live. Das Beenden von fastpix-desktop beendet den Stream in OBS nicht.</translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <source>&amp;Clip that</source>
        <translation>&amp;Clip schneiden</translation>
    </message>
    <message>
        <source>Clip the last 30 seconds of the broadcast</source>
        <translation>Die letzten 30 Sekunden der Übertragung als Clip</translation>
    </message>
    <message>
        <source>Clip that</source>
        <translation>Clip schneiden</translation>
    </message>
    <message>
        <source>Past &amp;broadcasts…</source>
        <translation>&amp;Frühere Übertragungen…</translation>
    </message>
    <message>
        <source>Clips and recordings</source>
        <translation>Clips und Aufzeichnungen</translation>
    </message>
    <message>
        <source>Past broadcasts…</source>
        <translation>Frühere Übertragungen…</translation>
    </message>
    <message>
        <source>Open Past broadcasts</source>
        <translation>Frühere Übertragungen öffnen</translation>
    </message>
    <message>
        <source>Asking FastPix for the clip…</source>
        <translation>FastPix wird um den Clip gebeten…</translation>
    </message>
    <message>
        <source>This stream&apos;s playback is private, so a clip&apos;s link must be signed, and no playback signing key is stored on this computer yet. Create one under Private playback: signed links (Get signed link, then Create signing key), then Clip that again.</source>
        <translation>Die Wiedergabe dieses Streams ist privat, daher muss der Link eines Clips signiert sein, und auf diesem Computer ist noch kein Signaturschlüssel gespeichert. Erstelle einen unter „Private Wiedergabe: signierte Links“ (Signierten Link holen, dann Signaturschlüssel erstellen) und schneide den Clip dann erneut.</translation>
    </message>
    <message>
        <source>Clip ready: its link is under Clips and recordings.</source>
        <translation>Clip fertig: sein Link steht unter „Clips und Aufzeichnungen“.</translation>
    </message>
    <message>
        <source>Recording of the last broadcast: {status}</source>
        <translation>Aufzeichnung der letzten Übertragung: {status}</translation>
    </message>
    <message>
        <source>Reading from FastPix…</source>
        <translation>Wird von FastPix gelesen…</translation>
    </message>
    <message>
        <source>Private: the keyring is locked (see above).</source>
        <translation>Privat: Der Schlüsselbund ist gesperrt (siehe oben).</translation>
    </message>
    <message>
        <source>Private recordings and clips play only with a signed link, and no playback signing key is stored on this computer yet. Create one here.</source>
        <translation>Private Aufzeichnungen und Clips spielen nur mit einem signierten Link, und auf diesem Computer ist noch kein Signaturschlüssel gespeichert. Erstelle hier einen.</translation>
    </message>
    <message>
        <source>Private: its link needs a signing key (see above).</source>
        <translation>Privat: Sein Link braucht einen Signaturschlüssel (siehe oben).</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Signaturschlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Signing key created: private links below are signed.</source>
        <translation>Signaturschlüssel erstellt: Die privaten Links unten sind signiert.</translation>
    </message>
    <message>
        <source>Asking FastPix for the MP4 download…</source>
        <translation>FastPix wird um den MP4-Download gebeten…</translation>
    </message>
    <message>
        <source>FastPix prepares the MP4; its link works once it is made.</source>
        <translation>FastPix bereitet die MP4 vor; ihr Link funktioniert, sobald sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label} anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the {label}</source>
        <translation>{label} anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared again after a short while</source>
        <translation>{label} kopieren; die Zwischenablage wird kurz darauf wieder geleert</translation>
    </message>
    <message>
        <source>Hidden; use Show to see it</source>
        <translation>Verborgen; mit „Anzeigen“ sichtbar machen</translation>
    </message>
    <message>
        <source>Hidden; use Show to see it or Copy to copy it</source>
        <translation>Verborgen; mit „Anzeigen“ sichtbar machen oder mit „Kopieren“ kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide {label}</source>
        <translation>{label} verbergen</translation>
    </message>
</context>
<context>
    <name>SignedLinksView</name>
    <message>
        <source>This computer has no web browser set up to open links. Copy the link instead, or scan the QR code with a phone.</source>
        <translation>Auf diesem Computer ist kein Webbrowser zum Öffnen von Links eingerichtet. Kopieren Sie stattdessen den Link oder scannen Sie den QR-Code mit einem Telefon.</translation>
    </message>
    <message>
        <source>How long signed links play</source>
        <translation>Wie lange signierte Links spielen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Custom expiry amount</source>
        <translation>Eigene Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Custom expiry unit</source>
        <translation>Einheit der eigenen Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Links play for</source>
        <translation>Links spielen</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <source>Create a playback signing key</source>
        <translation>Einen Signaturschlüssel für die Wiedergabe erstellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not create a signing key now</source>
        <translation>Jetzt keinen Signaturschlüssel erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>This stream&apos;s playback is public: its links play without a token.</source>
        <translation>Die Wiedergabe dieses Streams ist öffentlich: Seine Links spielen ohne Token.</translation>
    </message>
    <message>
        <source>Get signed link</source>
        <translation>Signierten Link holen</translation>
    </message>
    <message>
        <source>Get signed link ({short}…)</source>
        <translation>Signierten Link holen ({short}…)</translation>
    </message>
    <message>
        <source>Get a signed link for playback ID {id}</source>
        <translation>Einen signierten Link für die Wiedergabe-ID {id} holen</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Signaturschlüssel wird erstellt…</translation>
    </message>
</context>
<context>
    <name>SignedPlaybackPanel</name>
    <message>
        <source>Private playback: signed links</source>
        <translation>Private Wiedergabe: signierte Links</translation>
    </message>
    <message>
        <source>A playback signing key is being created. Quitting now may leave it on FastPix without its private half on this computer (fastpix-desktop signing-keys delete removes it).</source>
        <translation>Ein Signaturschlüssel für die Wiedergabe wird gerade erstellt. Wenn Sie jetzt beenden, bleibt er eventuell bei FastPix, ohne dass sein privater Teil auf diesem Computer liegt (fastpix-desktop signing-keys delete entfernt ihn).</translation>
    </message>
    <message>
        <source>Signed links need a FastPix connection.</source>
        <translation>Signierte Links brauchen eine Verbindung zu FastPix.</translation>
    </message>
</context>
<context>
    <name>SignedUrlField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label} anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>{label} kopieren</translation>
    </message>
    <message>
        <source>Copies the whole link; the clipboard is cleared again soon</source>
        <translation>Kopiert den ganzen Link; die Zwischenablage wird bald wieder geleert</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SimulcastTargetsPanel</name>
    <message>
        <source>Simulcast targets</source>
        <translation>Simulcast-Ziele</translation>
    </message>
    <message>
        <source>OBS stopped, but FastPix keeps the broadcast open for the stream&apos;s reconnect window: targets can be added when it turns idle, in about {seconds} s. End broadcast makes it idle at once.</source>
        <translation>OBS ist gestoppt, aber FastPix hält die Übertragung für das Wiederverbindungsfenster des Streams offen: Ziele können hinzugefügt werden, sobald er inaktiv ist, in etwa {seconds} s. „Übertragung beenden“ macht ihn sofort inaktiv.</translation>
    </message>
    <message>
        <source>Simulcast needs a FastPix connection.</source>
        <translation>Simulcast braucht eine Verbindung zu FastPix.</translation>
    </message>
</context>
<context>
    <name>SimulcastTargetsView</name>
    <message>
        <source>FastPix relays your stream to each enabled target. It does not report whether a service is receiving it, so check the service&apos;s own dashboard.</source>
        <translation>FastPix leitet Ihren Stream an jedes aktivierte Ziel weiter. Ob ein Dienst ihn empfängt, meldet FastPix nicht; prüfen Sie das im Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulcast targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simulcast-Ziele&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No simulcast targets yet.</source>
        <translation>Noch keine Simulcast-Ziele.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamschlüssel</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add simulcast target</source>
        <translation>Simulcast-Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key: {hint}.</source>
        <translation>Schlüssel: {hint}.</translation>
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
        <translation>Test-Stream: FastPix beendet Test-Streams nach 5 Minuten.</translation>
    </message>
    <message>
        <source>Playback is private: these links only play with a signed token, so they are not offered to open or scan. Make a signed link under &quot;Private playback: signed links&quot;.</source>
        <translation>Die Wiedergabe ist privat: Diese Links spielen nur mit einem signierten Token, deshalb werden sie nicht zum Öffnen oder Scannen angeboten. Erstellen Sie einen signierten Link unter „Private Wiedergabe: signierte Links“.</translation>
    </message>
    <message>
        <source>idle (waiting for OBS to connect)</source>
        <translation>bereit (wartet darauf, dass sich OBS verbindet)</translation>
    </message>
    <message>
        <source>preparing (OBS connected, starting up)</source>
        <translation>wird vorbereitet (OBS verbunden, startet)</translation>
    </message>
    <message>
        <source>active (live)</source>
        <translation>aktiv (live)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
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
        <translation>Noch kein Stream. Füllen Sie die Einstellungen aus und klicken Sie auf „Erstellen“; Streamschlüssel, Wiedergabelinks und QR-Codes erscheinen hier.</translation>
    </message>
    <message>
        <source>Retry OBS</source>
        <translation>OBS erneut versuchen</translation>
    </message>
    <message>
        <source>Retry configuring OBS for this stream</source>
        <translation>OBS für diesen Stream erneut einrichten</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Streamname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FastPix stream ID</source>
        <translation>FastPix-Stream-ID</translation>
    </message>
    <message>
        <source>FastPix stream status</source>
        <translation>FastPix-Streamstatus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Max duration: {duration}</source>
        <translation>Max. Dauer: {duration}</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>OBS / encoder (RTMPS)</source>
        <translation>OBS / Encoder (RTMPS)</translation>
    </message>
    <message>
        <source>OBS / encoder (SRT)</source>
        <translation>OBS / Encoder (SRT)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamschlüssel</translation>
    </message>
    <message>
        <source>SRT stream ID</source>
        <translation>SRT-Stream-ID</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>SRT passphrase</source>
        <translation>SRT-Passphrase</translation>
    </message>
    <message>
        <source>One-line URL</source>
        <translation>URL in einer Zeile</translation>
    </message>
    <message>
        <source>SRT URL for other encoders</source>
        <translation>SRT-URL für andere Encoder</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>No playback ID.</source>
        <translation>Keine Wiedergabe-ID.</translation>
    </message>
    <message>
        <source>HLS link</source>
        <translation>HLS-Link</translation>
    </message>
    <message>
        <source>HLS link {number}</source>
        <translation>HLS-Link {number}</translation>
    </message>
    <message>
        <source>DVR link</source>
        <translation>DVR-Link</translation>
    </message>
    <message>
        <source>DVR playback link</source>
        <translation>DVR-Wiedergabelink</translation>
    </message>
    <message>
        <source>No web browser opened the link. Copy it instead, or scan the QR code with a phone.</source>
        <translation>Kein Webbrowser hat den Link geöffnet. Kopieren Sie ihn stattdessen, oder scannen Sie den QR-Code mit einem Telefon.</translation>
    </message>
    <message>
        <source>Playback link</source>
        <translation>Wiedergabelink</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open playback link in browser</source>
        <translation>Wiedergabelink im Browser öffnen</translation>
    </message>
    <message>
        <source>QR code of the playback link</source>
        <translation>QR-Code des Wiedergabelinks</translation>
    </message>
</context>
<context>
    <name>StreamForm</name>
    <message>
        <source>Closed captions need RTMPS: FastPix cannot caption a stream sent over SRT.</source>
        <translation>Untertitel brauchen RTMPS: FastPix kann einen per SRT gesendeten Stream nicht untertiteln.</translation>
    </message>
    <message>
        <source>e.g. Friday night stream</source>
        <translation>z. B. Stream am Freitagabend</translation>
    </message>
    <message>
        <source>Stream name</source>
        <translation>Streamname</translation>
    </message>
    <message>
        <source>Sent to FastPix as metadata livestream_name</source>
        <translation>Wird als Metadatum livestream_name an FastPix gesendet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation>Ingest-Protokoll</translation>
    </message>
    <message>
        <source>RTMPS (works everywhere)</source>
        <translation>RTMPS (funktioniert überall)</translation>
    </message>
    <message>
        <source>SRT (better on lossy networks)</source>
        <translation>SRT (besser bei Paketverlust)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Maximum resolution</source>
        <translation>Maximale Auflösung</translation>
    </message>
    <message>
        <source>Max &amp;resolution</source>
        <translation>Max. Auf&amp;lösung</translation>
    </message>
    <message>
        <source>Reconnect window in seconds</source>
        <translation>Zeitfenster für Wiederverbindung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long FastPix waits for OBS to come back after a drop ({min}–{max} s)</source>
        <translation>Wie lange FastPix nach einem Abbruch auf OBS wartet ({min}–{max} s)</translation>
    </message>
    <message>
        <source>Reconnect &amp;window</source>
        <translation>Wiederverbinden &amp;bis</translation>
    </message>
    <message>
        <source>Playback access</source>
        <translation>Wiedergabezugriff</translation>
    </message>
    <message>
        <source>Private (signed URLs)</source>
        <translation>Privat (signierte URLs)</translation>
    </message>
    <message>
        <source>Play&amp;back access</source>
        <translation>Wieder&amp;gabezugriff</translation>
    </message>
    <message>
        <source>Recording access</source>
        <translation>Aufnahmezugriff</translation>
    </message>
    <message>
        <source>Recordin&amp;g access</source>
        <translation>&amp;Aufnahmezugriff</translation>
    </message>
    <message>
        <source>&amp;DVR (viewers can rewind)</source>
        <translation>D&amp;VR (Zurückspulen möglich)</translation>
    </message>
    <message>
        <source>R&amp;ecord to a video on demand</source>
        <translation>Als Video on Demand &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Closed captions (English)</source>
        <translation>&amp;Untertitel (Englisch)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Extra metadata key and value pairs</source>
        <translation>Zusätzliche Metadaten als Schlüssel-Wert-Paare</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add metadata entry</source>
        <translation>Metadateneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove selected metadata entry</source>
        <translation>Ausgewählten Metadateneintrag entfernen</translation>
    </message>
    <message>
        <source>E&amp;xtra metadata</source>
        <translation>Weitere &amp;Metadaten</translation>
    </message>
    <message>
        <source>Public (anyone with the link)</source>
        <translation>Öffentlich (jeder mit dem Link)</translation>
    </message>
    <message>
        <source>Add a metadata key and value</source>
        <translation>Einen Metadaten-Schlüssel und -Wert hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>FastPix takes at most %n metadata entries, the name included</source>
        <translation>
            <numerusform>FastPix nimmt höchstens %n Metadateneintrag an, einschließlich Name</numerusform>
            <numerusform>FastPix nimmt höchstens %n Metadateneinträge an, einschließlich Name</numerusform>
        </translation>
    </message>
    <message>
        <source>every value needs a key</source>
        <translation>jeder Wert braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set by the Name field; use another key</source>
        <translation>„{key}“ wird über das Feld „Name“ gesetzt; verwenden Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>each key may appear only once</source>
        <translation>jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>höchstens %n Zeichen</numerusform>
            <numerusform>höchstens %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>{title} stream key</source>
        <translation>Streamschlüssel für {title}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation>{title} pausieren</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>{title} fortsetzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>{title} entfernen</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Check daily</source>
        <translation>Täglich prüfen</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Check for new versions once a day</source>
        <translation>Einmal täglich nach neuen Versionen suchen</translation>
    </message>
    <message>
        <source>Do not check for new versions</source>
        <translation>Nicht nach neuen Versionen suchen</translation>
    </message>
    <message>
        <source>Dismiss the new version notice</source>
        <translation>Hinweis auf neue Version ausblenden</translation>
    </message>
    <message>
        <source>Check for &amp;updates once a day</source>
        <translation>Täglich nach &amp;Updates suchen</translation>
    </message>
    <message>
        <source>Check once a day whether a new version of FastPix Desktop is out?</source>
        <translation>Einmal täglich prüfen, ob es eine neue Version von FastPix Desktop gibt?</translation>
    </message>
    <message>
        <source>Reads the project&apos;s public release list; sends nothing about you. Change it any time in Settings.</source>
        <translation>Liest die öffentliche Versionsliste des Projekts und sendet nichts über Sie. Jederzeit unter Einstellungen änderbar.</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <source>Version {version} is available: {link}</source>
        <translation>Version {version} ist verfügbar: {link}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>FastPix request failed.</source>
        <translation>Die Anfrage an FastPix ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>FastPix refused this request (403). The access token does not have permission for live streams; check its permissions in the FastPix dashboard.</source>
        <translation>FastPix hat diese Anfrage abgelehnt (403). Das Access Token hat keine Berechtigung für Livestreams; prüfen Sie seine Berechtigungen im FastPix-Dashboard.</translation>
    </message>
    <message>
        <source>FastPix rejected these credentials ({status}). Check the Access Token ID and Secret Key.</source>
        <translation>FastPix hat diese Zugangsdaten abgelehnt ({status}). Prüfen Sie Access-Token-ID und geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>FastPix could not find that stream (404). It may have been deleted.</source>
        <translation>FastPix hat diesen Stream nicht gefunden (404). Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Some settings are not valid: {detail}</source>
        <translation>Einige Einstellungen sind ungültig: {detail}</translation>
    </message>
    <message>
        <source>FastPix rejected the settings (422).</source>
        <translation>FastPix hat die Einstellungen abgelehnt (422).</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>Try again in {minutes} minutes.</source>
        <translation>Versuchen Sie es in {minutes} Minuten erneut.</translation>
    </message>
    <message>
        <source>FastPix is receiving too many requests from this account (429). {wait}</source>
        <translation>FastPix erhält zu viele Anfragen von diesem Konto (429). {wait}</translation>
    </message>
    <message>
        <source>FastPix is having trouble right now ({status}). Nothing was changed in OBS; try again in a minute.</source>
        <translation>FastPix hat gerade Probleme ({status}). In OBS wurde nichts geändert; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Could not reach FastPix. Check your internet connection and try again.</source>
        <translation>FastPix ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time. Check your connection and try again.</source>
        <translation>FastPix hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>FastPix sent a response this app does not understand. If this keeps happening, check the API URL in Settings.</source>
        <translation>FastPix hat eine Antwort gesendet, die diese App nicht versteht. Falls das wieder passiert, prüfen Sie die API-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>OBS request failed.</source>
        <translation>Die Anfrage an OBS ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>OBS is not running, or its WebSocket server is off. Start OBS and enable Tools → WebSocket Server Settings → Enable WebSocket server.</source>
        <translation>OBS läuft nicht, oder sein WebSocket-Server ist aus. Starten Sie OBS und aktivieren Sie Werkzeuge → WebSocket-Server-Einstellungen → WebSocket-Server aktivieren.</translation>
    </message>
    <message>
        <source>OBS is running but its WebSocket server is disabled. In OBS, open Tools → WebSocket Server Settings and tick Enable WebSocket server.</source>
        <translation>OBS läuft, aber sein WebSocket-Server ist deaktiviert. Öffnen Sie in OBS Werkzeuge → WebSocket-Server-Einstellungen und kreuzen Sie „WebSocket-Server aktivieren“ an.</translation>
    </message>
    <message>
        <source>OBS rejected the WebSocket password. Copy it from OBS: Tools → WebSocket Server Settings → Show Connect Info.</source>
        <translation>OBS hat das WebSocket-Passwort abgelehnt. Kopieren Sie es aus OBS: Werkzeuge → WebSocket-Server-Einstellungen → Verbindungsinformationen anzeigen.</translation>
    </message>
    <message>
        <source>OBS closed this connection because another client took over. Reconnect from Settings.</source>
        <translation>OBS hat diese Verbindung geschlossen, weil ein anderer Client übernommen hat. Verbinden Sie sich über die Einstellungen neu.</translation>
    </message>
    <message>
        <source>OBS did not answer in time. It may be busy or frozen.</source>
        <translation>OBS hat nicht rechtzeitig geantwortet. Vielleicht ist es beschäftigt oder hängt.</translation>
    </message>
    <message>
        <source>The connection to OBS was lost. Is OBS still running?</source>
        <translation>Die Verbindung zu OBS ist abgebrochen. Läuft OBS noch?</translation>
    </message>
    <message>
        <source>OBS is live right now, so its stream destination was not changed. Stop streaming in OBS first, or choose Stop streaming and continue.</source>
        <translation>OBS ist gerade live, daher wurde sein Streamziel nicht geändert. Beenden Sie zuerst das Streaming in OBS oder wählen Sie „Streaming beenden und fortfahren“.</translation>
    </message>
    <message>
        <source>OBS refused the request (code {code}).</source>
        <translation>OBS hat die Anfrage abgelehnt (Code {code}).</translation>
    </message>
    <message>
        <source>OBS did not keep the new stream settings. Check Settings → Stream in OBS, or press Retry OBS.</source>
        <translation>OBS hat die neuen Stream-Einstellungen nicht übernommen. Prüfen Sie Einstellungen → Stream in OBS oder klicken Sie auf „OBS erneut versuchen“.</translation>
    </message>
    <message>
        <source>Another fastpix-desktop changed OBS at the same time, so this one left OBS as it is. OBS now sends to the FastPix stream “{name}” ({stream_id}).</source>
        <translation>Ein anderes fastpix-desktop hat OBS gleichzeitig geändert, daher hat dieses OBS so gelassen. OBS sendet jetzt an den FastPix-Stream „{name}“ ({stream_id}).</translation>
    </message>
    <message>
        <source>Another fastpix-desktop is changing OBS at the same time, so this one left OBS as it is. OBS now sends to {server}.</source>
        <translation>Ein anderes fastpix-desktop ändert OBS gerade gleichzeitig, daher hat dieses OBS so gelassen. OBS sendet jetzt an {server}.</translation>
    </message>
    <message>
        <source>OBS could not connect to FastPix. Check OBS&apos;s error message, your network or firewall (RTMPS uses TCP 443, SRT uses UDP 778), then try Start streaming again.</source>
        <translation>OBS konnte keine Verbindung zu FastPix herstellen. Prüfen Sie die Fehlermeldung von OBS, Ihr Netzwerk oder Ihre Firewall (RTMPS nutzt TCP 443, SRT nutzt UDP 778) und versuchen Sie dann erneut „Streaming starten“.</translation>
    </message>
    <message>
        <source>The system keyring failed.</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No system keyring is available, so secrets are kept for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund im System verfügbar, daher bleiben Geheimnisse nur für diese Sitzung erhalten und werden beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so what this app saved in it cannot be read. Unlock it (log in to the desktop, or open Passwords and Keys and unlock the Login keyring), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann diese App ihre gespeicherten Daten nicht lesen. Entsperren Sie ihn (am Desktop anmelden oder „Passwörter und Verschlüsselung“ öffnen und den Anmelde-Schlüsselbund entsperren) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This secret is too large for the system keyring.</source>
        <translation>Dieses Geheimnis ist zu groß für den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The saved OBS destination cannot be read because {reason}.</source>
        <translation>Das gespeicherte OBS-Ziel kann nicht gelesen werden, weil {reason}.</translation>
    </message>
    <message>
        <source>OBS&apos;s current destination cannot be saved because {reason}.</source>
        <translation>Das aktuelle Ziel von OBS kann nicht gespeichert werden, weil {reason}.</translation>
    </message>
    <message>
        <source>A setting is missing or not valid.</source>
        <translation>Eine Einstellung fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>No FastPix credentials yet. Add your Access Token ID and Secret Key (FastPix dashboard → Settings → Access Tokens), or try demo mode.</source>
        <translation>Noch keine FastPix-Zugangsdaten. Fügen Sie Ihre Access-Token-ID und Ihren geheimen Schlüssel hinzu (FastPix-Dashboard → Settings → Access Tokens) oder probieren Sie den Demomodus aus.</translation>
    </message>
    <message>
        <source>A command-line option is not valid.</source>
        <translation>Eine Befehlszeilenoption ist ungültig.</translation>
    </message>
    <message>
        <source>The playback signing key cannot be used.</source>
        <translation>Der Signaturschlüssel für die Wiedergabe kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No playback signing key is stored on this computer yet. Create one first (fastpix-desktop signing-keys create, or Signed links in the window).</source>
        <translation>Auf diesem Computer ist noch kein Signaturschlüssel für die Wiedergabe gespeichert. Erstellen Sie zuerst einen (fastpix-desktop signing-keys create oder „Signierte Links“ im Fenster).</translation>
    </message>
    <message>
        <source>The playback signing key stored on this computer cannot be read back. Delete it (fastpix-desktop signing-keys delete) and create a new one.</source>
        <translation>Der auf diesem Computer gespeicherte Signaturschlüssel für die Wiedergabe kann nicht gelesen werden. Löschen Sie ihn (fastpix-desktop signing-keys delete) und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}, and OBS does not seem to be running on this computer. Start OBS, and check Tools → WebSocket Server Settings → Enable WebSocket server.</source>
        <translation>Unter {where} antwortet nichts, und OBS scheint auf diesem Computer nicht zu laufen. Starten Sie OBS und prüfen Sie Werkzeuge → WebSocket-Server-Einstellungen → WebSocket-Server aktivieren.</translation>
    </message>
    <message>
        <source>OBS is running, but its WebSocket server is off, so nothing answers at {where}. In OBS, open Tools → WebSocket Server Settings and tick Enable WebSocket server.</source>
        <translation>OBS läuft, aber sein WebSocket-Server ist aus, deshalb antwortet unter {where} nichts. Öffnen Sie in OBS Werkzeuge → WebSocket-Server-Einstellungen und aktivieren Sie den WebSocket-Server.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. OBS is running, and its WebSocket server is set to port {server_port}, not {port}: use port {server_port} in the app&apos;s OBS connection (or --obs HOST:PORT).</source>
        <translation>Unter {where} antwortet nichts. OBS läuft, und sein WebSocket-Server nutzt Port {server_port}, nicht {port}: Verwenden Sie Port {server_port} in der OBS-Verbindung der App (oder --obs HOST:PORT).</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. A program named OBS runs on this computer; if it is your OBS, check in Tools → WebSocket Server Settings that the server is enabled and its port is {port}.</source>
        <translation>Unter {where} antwortet nichts. Auf diesem Computer läuft ein Programm namens OBS; wenn es Ihr OBS ist, prüfen Sie unter Werkzeuge → WebSocket-Servereinstellungen, dass der Server aktiviert ist und sein Port {port} ist.</translation>
    </message>
    <message>
        <source>This OBS is too old: fastpix-desktop needs OBS 28 or newer.</source>
        <translation>Dieses OBS ist zu alt: fastpix-desktop braucht OBS 28 oder neuer.</translation>
    </message>
    <message>
        <source>OBS is still starting up. Wait a moment and try again.</source>
        <translation>OBS startet noch. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>OBS refused the request {request} (code {code}). OBS says: “{obs_words}”</source>
        <translation>OBS hat die Anfrage {request} abgelehnt (Code {code}). OBS sagt: „{obs_words}“</translation>
    </message>
    <message>
        <source>OBS refused the request {request} (code {code}).</source>
        <translation>OBS hat die Anfrage {request} abgelehnt (Code {code}).</translation>
    </message>
    <message>
        <source>OBS asks for a WebSocket password, but none is set. Copy it from OBS: Tools → WebSocket Server Settings → Show Connect Info.</source>
        <translation>OBS verlangt ein WebSocket-Passwort, aber keines ist eingestellt. Kopieren Sie es aus OBS: Werkzeuge → WebSocket-Server-Einstellungen → Verbindungsinformationen anzeigen.</translation>
    </message>
    <message>
        <source>The OBS WebSocket connection failed. Its library says: “{library_words}”</source>
        <translation>Die WebSocket-Verbindung zu OBS ist fehlgeschlagen. Ihre Bibliothek sagt: „{library_words}“</translation>
    </message>
    <message>
        <source>Nothing answers at {where}. Check that OBS runs on that computer, that its WebSocket server is enabled, and that address and port are right.</source>
        <translation>Unter {where} antwortet nichts. Prüfen Sie, dass OBS auf diesem Computer läuft, sein WebSocket-Server aktiviert ist und Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>Could not find the computer &apos;{host}&apos;. Check the OBS address.</source>
        <translation>Der Computer &apos;{host}&apos; wurde nicht gefunden. Prüfen Sie die OBS-Adresse.</translation>
    </message>
    <message>
        <source>Something other than OBS&apos;s WebSocket server answers at {where}. Check the port in OBS: Tools → WebSocket Server Settings.</source>
        <translation>Unter {where} antwortet etwas anderes als der WebSocket-Server von OBS. Prüfen Sie den Port in OBS: Werkzeuge → WebSocket-Server-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach OBS at {where}. Check the address and your network.</source>
        <translation>OBS unter {where} ist nicht erreichbar. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Something at {where} is not OBS&apos;s WebSocket server: it answered in a way OBS never does. Check the port in OBS: Tools → WebSocket Server Settings.</source>
        <translation>Unter {where} antwortet nicht der WebSocket-Server von OBS: Die Antwort sieht nie so aus, wie OBS antwortet. Prüfen Sie den Port in OBS: Werkzeuge → WebSocket-Server-Einstellungen.</translation>
    </message>
    <message>
        <source>Unexpected problem talking to OBS ({what}).</source>
        <translation>Unerwartetes Problem bei der Verbindung mit OBS ({what}).</translation>
    </message>
    <message>
        <source>A clip time is a number of seconds, like 30s or 2m.</source>
        <translation>Eine Clip-Zeit ist eine Zahl von Sekunden, etwa 30s oder 2m.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Geben Sie sowohl --from als auch --to an.</translation>
    </message>
    <message>
        <source>A clip must end after it starts.</source>
        <translation>Ein Clip muss nach seinem Anfang enden.</translation>
    </message>
    <message>
        <source>That part of the broadcast has not happened yet.</source>
        <translation>Dieser Teil der Übertragung hat noch nicht stattgefunden.</translation>
    </message>
    <message>
        <source>A clip must be longer than 0 s.</source>
        <translation>Ein Clip muss länger als 0 s sein.</translation>
    </message>
    <message>
        <source>The broadcast has just started: nothing to clip yet.</source>
        <translation>Die Übertragung hat gerade erst begonnen: noch nichts zum Clippen.</translation>
    </message>
    <message>
        <source>FastPix did not answer the clip with a playlist.</source>
        <translation>FastPix hat auf den Clip nicht mit einer Playlist geantwortet.</translation>
    </message>
    <message>
        <source>FastPix&apos;s playback host did not answer in time.</source>
        <translation>Der Wiedergabe-Server von FastPix hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>FastPix&apos;s playback host could not be reached.</source>
        <translation>Der Wiedergabe-Server von FastPix ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>FastPix refused the clip ({status}): {reason}</source>
        <translation>FastPix hat den Clip abgelehnt ({status}): {reason}</translation>
    </message>
    <message>
        <source>This stream has only private playback, and a clip of it needs a signed link; add a public playback ID to clip it.</source>
        <translation>Dieser Stream hat nur private Wiedergabe, und ein Clip davon braucht einen signierten Link; fügen Sie eine öffentliche Wiedergabe-ID hinzu, um ihn zu clippen.</translation>
    </message>
    <message>
        <source>FastPix refused the signed link: the playback signing key stored on this computer was deleted on FastPix, so nothing it signs plays. Replace it (fastpix-desktop signing-keys create, or restart the app and create a new one under Signed links), then try again.</source>
        <translation>FastPix hat den signierten Link abgelehnt: Der auf diesem Computer gespeicherte Signaturschlüssel wurde bei FastPix gelöscht, daher spielt nichts, was er signiert. Ersetze ihn (fastpix-desktop signing-keys create, oder starte die App neu und erstelle unter „Signierte Links“ einen neuen) und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>FastPix refused the signed clip link (403). Check that the signing key stored on this computer belongs to this FastPix workspace (fastpix-desktop signing-keys list).</source>
        <translation>FastPix hat den signierten Clip-Link abgelehnt (403). Prüfe, ob der auf diesem Computer gespeicherte Signaturschlüssel zu diesem FastPix-Workspace gehört (fastpix-desktop signing-keys list).</translation>
    </message>
    <message>
        <source>This stream has no playback ID to clip.</source>
        <translation>Dieser Stream hat keine Wiedergabe-ID, aus der ein Clip geschnitten werden kann.</translation>
    </message>
    <message>
        <source>FastPix has no video for that part of the broadcast.</source>
        <translation>FastPix hat für diesen Teil der Übertragung kein Video.</translation>
    </message>
    <message>
        <source>OBS sent stream settings this app does not understand.</source>
        <translation>OBS hat Stream-Einstellungen gesendet, die diese App nicht versteht.</translation>
    </message>
    <message>
        <source>OBS is already streaming.</source>
        <translation>OBS streamt bereits.</translation>
    </message>
    <message>
        <source>OBS is not streaming.</source>
        <translation>OBS streamt gerade nicht.</translation>
    </message>
    <message>
        <source>OBS did not confirm within {seconds} s that the stream started. Check OBS&apos;s status bar.</source>
        <translation>OBS hat nicht innerhalb von {seconds} s bestätigt, dass das Streaming begonnen hat. Prüfen Sie die Statusleiste von OBS.</translation>
    </message>
    <message>
        <source>OBS did not stop streaming within {seconds} s. Stop it in OBS.</source>
        <translation>OBS hat das Streaming nicht innerhalb von {seconds} s beendet. Beenden Sie es in OBS.</translation>
    </message>
    <message>
        <source>OBS is not streaming, so there is nothing to reconnect.</source>
        <translation>OBS streamt gerade nicht, es gibt also nichts neu zu verbinden.</translation>
    </message>
    <message>
        <source>check the credentials</source>
        <translation>Zugangsdaten prüfen</translation>
    </message>
    <message>
        <source>create the stream</source>
        <translation>Stream erstellen</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>der Stream</translation>
    </message>
    <message>
        <source>load the stream</source>
        <translation>Stream laden</translation>
    </message>
    <message>
        <source>that stream</source>
        <translation>diesen Stream</translation>
    </message>
    <message>
        <source>list the streams</source>
        <translation>Streams auflisten</translation>
    </message>
    <message>
        <source>update the stream</source>
        <translation>Stream ändern</translation>
    </message>
    <message>
        <source>delete the stream</source>
        <translation>Stream löschen</translation>
    </message>
    <message>
        <source>enable the stream</source>
        <translation>Stream aktivieren</translation>
    </message>
    <message>
        <source>disable the stream</source>
        <translation>Stream deaktivieren</translation>
    </message>
    <message>
        <source>finish the stream</source>
        <translation>Stream beenden</translation>
    </message>
    <message>
        <source>add a playback ID</source>
        <translation>Wiedergabe-ID hinzufügen</translation>
    </message>
    <message>
        <source>playback ID</source>
        <translation>die Wiedergabe-ID</translation>
    </message>
    <message>
        <source>load the playback ID</source>
        <translation>Wiedergabe-ID laden</translation>
    </message>
    <message>
        <source>that stream or playback ID</source>
        <translation>diesen Stream oder diese Wiedergabe-ID</translation>
    </message>
    <message>
        <source>delete the playback ID</source>
        <translation>Wiedergabe-ID löschen</translation>
    </message>
    <message>
        <source>read the viewer count</source>
        <translation>Zuschauerzahl lesen</translation>
    </message>
    <message>
        <source>load the stream&apos;s simulcast targets</source>
        <translation>Simulcast-Ziele des Streams laden</translation>
    </message>
    <message>
        <source>add the simulcast target</source>
        <translation>Simulcast-Ziel hinzufügen</translation>
    </message>
    <message>
        <source>simulcast target</source>
        <translation>das Simulcast-Ziel</translation>
    </message>
    <message>
        <source>load the simulcast target</source>
        <translation>Simulcast-Ziel laden</translation>
    </message>
    <message>
        <source>that stream or simulcast target</source>
        <translation>diesen Stream oder dieses Simulcast-Ziel</translation>
    </message>
    <message>
        <source>resume the simulcast target</source>
        <translation>Simulcast-Ziel fortsetzen</translation>
    </message>
    <message>
        <source>pause the simulcast target</source>
        <translation>Simulcast-Ziel pausieren</translation>
    </message>
    <message>
        <source>remove the simulcast target</source>
        <translation>Simulcast-Ziel entfernen</translation>
    </message>
    <message>
        <source>Could not connect to FastPix ({host}) in time. Nothing was sent; check your internet connection and try again.</source>
        <translation>Die Verbindung zu FastPix ({host}) kam nicht rechtzeitig zustande. Es wurde nichts gesendet; prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach FastPix ({host}). Check your internet connection and try again.</source>
        <translation>FastPix ({host}) ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time; the stream may have been created — it will show in Your streams, marked as created here and never used.</source>
        <translation>FastPix hat nicht rechtzeitig geantwortet; der Stream wurde möglicherweise trotzdem erstellt – er erscheint dann unter „Ihre Streams“, markiert als hier erstellt und nie genutzt.</translation>
    </message>
    <message>
        <source>FastPix did not answer in time; the {thing} may have been created — check the stream before trying again.</source>
        <translation>FastPix hat nicht rechtzeitig geantwortet; möglicherweise wurde {thing} trotzdem angelegt – prüfen Sie den Stream, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>There is no FastPix live-stream API at this address (404{said}). Check the API URL in Settings.</source>
        <translation>Unter dieser Adresse gibt es keine FastPix-Live-Stream-API (404{said}). Prüfen Sie die API-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>FastPix could not find {thing} (404{said}). It may have been deleted, or the ID is wrong.</source>
        <translation>FastPix konnte {thing} nicht finden (404{said}). Möglicherweise wurde es gelöscht, oder die ID ist falsch.</translation>
    </message>
    <message>
        <source>FastPix rejected the request to {action} (422){detail}</source>
        <translation>FastPix hat die Anfrage „{action}“ abgelehnt (422){detail}</translation>
    </message>
    <message>
        <source>FastPix is having trouble right now ({status}). The {thing} may still have been created: check the stream list before trying again.</source>
        <translation>FastPix hat gerade Probleme ({status}). Möglicherweise wurde {thing} trotzdem angelegt: Prüfen Sie die Streamliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>FastPix could not {action} ({status}){detail}</source>
        <translation>FastPix konnte „{action}“ nicht ausführen ({status}){detail}</translation>
    </message>
    <message>
        <source>A FastPix stream ID is 32 hexadecimal characters.</source>
        <translation>Eine FastPix-Stream-ID besteht aus 32 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>The port in the OBS connect string must be between 1 and 65535.</source>
        <translation>Der Port im OBS-Verbindungstext muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>OBS is live right now, so its stream destination was not restored. Stop streaming first.</source>
        <translation>OBS ist gerade live, daher wurde sein Streamziel nicht wiederhergestellt. Beenden Sie zuerst das Streaming.</translation>
    </message>
    <message>
        <source>OBS did not take back its previous stream settings exactly ({fields} differ).</source>
        <translation>OBS hat seine vorherigen Stream-Einstellungen nicht genau übernommen ({fields} weichen ab).</translation>
    </message>
    <message>
        <source>it is too large: the system keyring holds at most {count} characters</source>
        <translation>er zu groß ist: Der Schlüsselbund des Systems fasst höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>the system keyring failed</source>
        <translation>der Schlüsselbund des Systems einen Fehler meldete</translation>
    </message>
    <message>
        <source>the system keyring is locked (unlock it, for example with your login password in your desktop&apos;s Passwords and Keys app, then try again)</source>
        <translation>der Schlüsselbund des Systems gesperrt ist (entsperren Sie ihn, zum Beispiel mit Ihrem Anmeldepasswort in der App „Passwörter und Verschlüsselung“ Ihres Desktops, und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>the system keyring could not be opened (it needs a default keyring that is set up and unlocked)</source>
        <translation>der Schlüsselbund des Systems nicht geöffnet werden konnte (er braucht einen eingerichteten, entsperrten Standardschlüsselbund)</translation>
    </message>
    <message>
        <source>the system keyring did not answer in time (it may be waiting for an unlock prompt)</source>
        <translation>der Schlüsselbund des Systems nicht rechtzeitig antwortete (er wartet vielleicht auf eine Entsperrabfrage)</translation>
    </message>
    <message>
        <source>keyring&apos;s config file</source>
        <translation>der Konfigurationsdatei von keyring</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer</source>
        <translation>auf diesem Computer kein Schlüsselbund des Systems verfügbar ist</translation>
    </message>
    <message>
        <source>the only keyring found ({name}) would write secrets in plain text to a file; it is not used (choose it with PYTHON_KEYRING_BACKEND to use it anyway)</source>
        <translation>der einzige gefundene Schlüsselbund ({name}) Geheimnisse als Klartext in eine Datei schreiben würde; er wird nicht benutzt (mit PYTHON_KEYRING_BACKEND lässt er sich trotzdem wählen)</translation>
    </message>
    <message>
        <source>secrets are kept in plain text by {name}, chosen with {where}</source>
        <translation>Geheimnisse als Klartext von {name} gespeichert werden, gewählt mit {where}</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({kind})</source>
        <translation>der Schlüsselbund nicht geöffnet werden konnte ({kind})</translation>
    </message>
    <message>
        <source>the system keyring is locked</source>
        <translation>der Schlüsselbund des Systems gesperrt ist</translation>
    </message>
    <message>
        <source>{what} ({kind})</source>
        <translation>{what} ({kind})</translation>
    </message>
    <message>
        <source>reading the keyring failed</source>
        <translation>das Lesen aus dem Schlüsselbund fehlschlug</translation>
    </message>
    <message>
        <source>writing to the keyring failed</source>
        <translation>das Schreiben in den Schlüsselbund fehlschlug</translation>
    </message>
    <message>
        <source>deleting from the keyring failed</source>
        <translation>das Löschen aus dem Schlüsselbund fehlschlug</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the FastPix credentials saved in it cannot be read. Unlock it (log in to the desktop, or open Passwords and Keys and unlock the Login keyring) and try again, or set FASTPIX_USERNAME and FASTPIX_PASSWORD.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher können die darin gespeicherten FastPix-Zugangsdaten nicht gelesen werden. Entsperren Sie ihn (am Desktop anmelden oder in „Passwörter und Verschlüsselung“ den Anmelde-Schlüsselbund entsperren) und versuchen Sie es erneut, oder setzen Sie FASTPIX_USERNAME und FASTPIX_PASSWORD.</translation>
    </message>
    <message>
        <source>FastPix refused this request (403). The access token does not have permission for signing keys; check its permissions in the FastPix dashboard.</source>
        <translation>FastPix hat diese Anfrage abgelehnt (403). Das Access Token hat keine Berechtigung für Signaturschlüssel; prüfen Sie seine Berechtigungen im FastPix-Dashboard.</translation>
    </message>
    <message>
        <source>FastPix created a signing key but did not send its private key; delete it in the FastPix dashboard and try again.</source>
        <translation>FastPix hat einen Signaturschlüssel erstellt, aber seinen privaten Schlüssel nicht gesendet; löschen Sie ihn im FastPix-Dashboard und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>FastPix created a signing key but its private key is not readable; delete it in the FastPix dashboard and try again.</source>
        <translation>FastPix hat einen Signaturschlüssel erstellt, aber sein privater Schlüssel ist nicht lesbar; löschen Sie ihn im FastPix-Dashboard und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>FastPix sent a signing key without its public key.</source>
        <translation>FastPix hat einen Signaturschlüssel ohne öffentlichen Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>FastPix sent a signing-key list that is not a list.</source>
        <translation>FastPix hat eine Liste der Signaturschlüssel gesendet, die keine Liste ist.</translation>
    </message>
    <message>
        <source>Enter a signing key ID first.</source>
        <translation>Geben Sie zuerst eine Signaturschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>This signing key is too large to keep in the keyring.</source>
        <translation>Dieser Signaturschlüssel ist zu groß für den Schlüsselbund.</translation>
    </message>
    <message>
        <source>FastPix&apos;s signing key is not a PEM private key.</source>
        <translation>Der Signaturschlüssel von FastPix ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The playback signing key could not sign.</source>
        <translation>Der Signaturschlüssel für die Wiedergabe konnte nicht signieren.</translation>
    </message>
    <message>
        <source>The keyring failed while the new signing key was being saved, so the key was deleted again on FastPix. Check the system keyring and try again.</source>
        <translation>Der Schlüsselbund meldete beim Speichern des neuen Signaturschlüssels einen Fehler, daher wurde der Schlüssel bei FastPix wieder gelöscht. Prüfen Sie den Schlüsselbund des Systems und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No signing key is stored here; name the key ID to delete.</source>
        <translation>Hier ist kein Signaturschlüssel gespeichert; nennen Sie die ID des zu löschenden Schlüssels.</translation>
    </message>
    <message>
        <source>Signed links need the system keyring, where the playback signing key is kept.</source>
        <translation>Signierte Links brauchen den Schlüsselbund des Systems, in dem der Signaturschlüssel aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Private recordings and clips play only with a signed link, and no playback signing key is stored on this computer yet. Create one (in the window: Create signing key; on the command line: fastpix-desktop signing-keys create), then try again.</source>
        <translation>Private Aufzeichnungen und Clips spielen nur mit einem signierten Link, und auf diesem Computer ist noch kein Signaturschlüssel gespeichert. Erstelle einen (im Fenster: Signaturschlüssel erstellen; in der Kommandozeile: fastpix-desktop signing-keys create) und versuche es dann erneut.</translation>
    </message>
</context>
<context>
    <name>golive</name>
    <message>
        <source>Create the FastPix stream</source>
        <translation>FastPix-Stream erstellen</translation>
    </message>
    <message>
        <source>Check OBS</source>
        <translation>OBS prüfen</translation>
    </message>
    <message>
        <source>Save OBS&apos;s current destination</source>
        <translation>Aktuelles OBS-Ziel sichern</translation>
    </message>
    <message>
        <source>Point OBS at FastPix</source>
        <translation>OBS auf FastPix einstellen</translation>
    </message>
    <message>
        <source>Check OBS kept the settings</source>
        <translation>Übernahme in OBS prüfen</translation>
    </message>
    <message>
        <source>Start streaming</source>
        <translation>Streaming starten</translation>
    </message>
    <message>
        <source>OBS is live: waiting for your decision</source>
        <translation>OBS ist live: wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Stopping the current stream in OBS</source>
        <translation>Der laufende Stream in OBS wird beendet</translation>
    </message>
    <message>
        <source>OBS already points at this stream</source>
        <translation>OBS ist bereits auf diesen Stream eingestellt</translation>
    </message>
    <message>
        <source>not needed: OBS already points at this stream</source>
        <translation>nicht nötig: OBS ist bereits auf diesen Stream eingestellt</translation>
    </message>
    <message>
        <source>OBS is already live on this stream</source>
        <translation>OBS ist bereits live auf diesem Stream</translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation>es wurde nichts erstellt</translation>
    </message>
    <message>
        <source>Demo mode never starts streaming: OBS now points at the demo stream, whose key is fake, so OBS could only fail. Leave demo mode to go live for real.</source>
        <translation>Im Demomodus wird nie gestreamt: OBS ist jetzt auf den Demo-Stream eingestellt, dessen Schlüssel nicht echt ist, OBS könnte also nur scheitern. Verlassen Sie den Demomodus, um wirklich live zu gehen.</translation>
    </message>
    <message>
        <source>OBS was not connected, so it was not configured. Connect OBS (Settings → OBS connection), then press Retry OBS.</source>
        <translation>OBS war nicht verbunden und wurde daher nicht eingerichtet. Verbinden Sie OBS (Einstellungen → OBS-Verbindung) und klicken Sie dann auf „OBS erneut versuchen“.</translation>
    </message>
    <message>
        <source>OBS is configured for this stream but could not start streaming: {error}</source>
        <translation>OBS ist für diesen Stream eingerichtet, konnte das Streaming aber nicht starten: {error}</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>OBS was already live on this stream: nothing was changed.</source>
        <translation>OBS war bereits live auf diesem Stream: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>OBS now sends to this stream and is live.</source>
        <translation>OBS sendet jetzt an diesen Stream und ist live.</translation>
    </message>
    <message>
        <source>OBS now points at this stream. Start streaming in OBS to go live.</source>
        <translation>OBS ist jetzt auf diesen Stream eingestellt. Starten Sie das Streaming in OBS, um live zu gehen.</translation>
    </message>
    <message>
        <source>Stream created.</source>
        <translation>Stream erstellt.</translation>
    </message>
    <message>
        <source>Stream created and OBS configured, but OBS could not start streaming.</source>
        <translation>Stream erstellt und OBS eingerichtet, aber OBS konnte das Streaming nicht starten.</translation>
    </message>
    <message>
        <source>Stream created, but OBS was not configured.</source>
        <translation>Stream erstellt, aber OBS wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>OBS is live on {name}. FastPix could not be reached, so its status is unknown; OBS already pointed at the stream, so nothing else was needed.</source>
        <translation>OBS ist live auf {name}. FastPix war nicht erreichbar, daher ist sein Status unbekannt; OBS zeigte schon auf den Stream, mehr war nicht nötig.</translation>
    </message>
    <message>
        <source>OBS is already live on {name}.</source>
        <translation>OBS ist bereits live auf {name}.</translation>
    </message>
    <message>
        <source>Live on {name}.</source>
        <translation>Live auf {name}.</translation>
    </message>
    <message>
        <source>OBS was not configured: {error}</source>
        <translation>OBS wurde nicht eingerichtet: {error}</translation>
    </message>
    <message>
        <source>OBS now points at {name}.</source>
        <translation>OBS ist jetzt auf {name} eingestellt.</translation>
    </message>
    <message>
        <source>OBS was left as it was; run again with --no-restore-point to change it anyway.</source>
        <translation>OBS blieb unverändert; führen Sie den Befehl mit --no-restore-point erneut aus, um es trotzdem zu ändern.</translation>
    </message>
    <message>
        <source>OBS was changed without saving its previous destination (--no-restore-point): {reason}.</source>
        <translation>OBS wurde geändert, ohne sein bisheriges Ziel zu speichern (--no-restore-point): {reason}.</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>OBS {version} can report an SRT reconnect as done while the connection is still down (fixed in OBS 32): after a drop, this app shows the reconnect as unconfirmed until OBS sends data again.</source>
        <translation>OBS {version} kann eine SRT-Wiederverbindung als erfolgt melden, während die Verbindung noch unterbrochen ist (behoben in OBS 32): Nach einem Ausfall zeigt diese App die Wiederverbindung als unbestätigt an, bis OBS wieder Daten sendet.</translation>
    </message>
    <message>
        <source>Turn off Enhanced Broadcasting (multitrack video) for this OBS profile.</source>
        <translation>Erweitertes Broadcasting (Multitrack-Video) für dieses OBS-Profil ausschalten.</translation>
    </message>
    <message>
        <source>Other destinations of this profile (e.g. Twitch) then get one video track until Restore puts the setting back. OBS reads this setting only when it starts: restart OBS before going live.</source>
        <translation>Andere Ziele dieses Profils (z. B. Twitch) erhalten dann eine einzige Videospur, bis „Wiederherstellen“ die Einstellung zurücksetzt. OBS liest diese Einstellung nur beim Start: Starten Sie OBS neu, bevor Sie live gehen.</translation>
    </message>
    <message>
        <source>Enhanced Broadcasting (multitrack video) is on in this OBS profile. This OBS does not use it yet, but OBS 30.2 and later would send FastPix several video tracks or refuse to start.</source>
        <translation>Erweitertes Broadcasting (Multitrack-Video) ist in diesem OBS-Profil eingeschaltet. Dieses OBS nutzt es noch nicht, aber OBS 30.2 und neuer würden FastPix mehrere Videospuren senden oder nicht starten.</translation>
    </message>
    <message>
        <source>Enhanced Broadcasting (multitrack video) is on in this OBS profile: pointed at FastPix, OBS either refuses to start or sends several video tracks FastPix does not expect.</source>
        <translation>Erweitertes Broadcasting (Multitrack-Video) ist in diesem OBS-Profil eingeschaltet: Auf FastPix gerichtet startet OBS entweder nicht oder sendet mehrere Videospuren, die FastPix nicht erwartet.</translation>
    </message>
    <message>
        <source>OBS does not reconnect on its own (automatic reconnect off or 0 retries): any network drop ends the broadcast, although FastPix waits {window} s.</source>
        <translation>OBS verbindet sich nicht selbst wieder (automatische Wiederverbindung aus oder 0 Versuche): Jeder Netzwerkausfall beendet die Übertragung, obwohl FastPix {window} s wartet.</translation>
    </message>
    <message>
        <source>OBS&apos;s last reconnect try starts {last} s after a drop, but FastPix keeps the broadcast open for {window} s: a drop longer than {last} s ends the broadcast.</source>
        <translation>Der letzte Wiederverbindungsversuch von OBS beginnt {last} s nach einem Ausfall, aber FastPix hält die Übertragung {window} s offen: Ein Ausfall, der länger als {last} s dauert, beendet die Übertragung.</translation>
    </message>
    <message>
        <source>OBS&apos;s reconnect tries start at {last_in} s and then {next} s after a drop, while FastPix keeps the broadcast open for {window} s: if the network comes back in between, OBS reconnects only after FastPix closed the broadcast, and a new broadcast (and recording) starts.</source>
        <translation>Die Wiederverbindungsversuche von OBS beginnen {last_in} s und dann {next} s nach einem Ausfall, während FastPix die Übertragung {window} s offen hält: Kommt das Netzwerk dazwischen zurück, verbindet sich OBS erst, nachdem FastPix die Übertragung geschlossen hat, und eine neue Übertragung (und Aufnahme) beginnt.</translation>
    </message>
    <message>
        <source>Set OBS&apos;s reconnect to a {delay} s first delay and {tries} tries for this profile: its last try inside the {window} s window then starts at {last} s.</source>
        <translation>Die Wiederverbindung von OBS für dieses Profil auf {delay} s erste Verzögerung und {tries} Versuche setzen: Sein letzter Versuch im Zeitfenster von {window} s beginnt dann bei {last} s.</translation>
    </message>
    <message>
        <source>OBS then tries more often right after a drop, for every destination of this profile, until Restore puts its own settings back. OBS uses them from the next start of streaming.</source>
        <translation>OBS versucht es dann direkt nach einem Ausfall öfter, für jedes Ziel dieses Profils, bis „Wiederherstellen“ seine eigenen Einstellungen zurücksetzt. OBS verwendet sie ab dem nächsten Start des Streamings.</translation>
    </message>
    <message>
        <source>Raise this stream&apos;s reconnect window to {window} s, so OBS&apos;s next reconnect try still falls inside it.</source>
        <translation>Das Zeitfenster für Wiederverbindung dieses Streams auf {window} s erhöhen, damit der nächste Wiederverbindungsversuch von OBS noch hineinfällt.</translation>
    </message>
    <message>
        <source>After the encoder stops for good without End broadcast, FastPix keeps the broadcast open that much longer before it ends it.</source>
        <translation>Wenn der Encoder endgültig ohne „Übertragung beenden“ aufhört, hält FastPix die Übertragung entsprechend länger offen, bevor es sie beendet.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>must be between {min} and {max} seconds</source>
        <translation>muss zwischen {min} und {max} Sekunden liegen</translation>
    </message>
    <message>
        <source>at most {max} entries (name included)</source>
        <translation>höchstens {max} Einträge (einschließlich Name)</translation>
    </message>
    <message>
        <source>must be a whole number of seconds</source>
        <translation>muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>names and values must be text</source>
        <translation>Namen und Werte müssen Text sein</translation>
    </message>
    <message>
        <source>closed captions need RTMPS ingest; FastPix cannot caption SRT</source>
        <translation>Untertitel brauchen RTMPS-Ingest; FastPix kann SRT nicht untertiteln</translation>
    </message>
</context>
<context>
    <name>onair</name>
    <message>
        <source>The reconnect window passed: this is a new broadcast and a new recording. Viewers of the old one saw it end; the old recording is processed on its own.</source>
        <translation>Das Wiederverbindungsfenster ist abgelaufen: Dies ist eine neue Übertragung und eine neue Aufnahme. Zuschauer der alten haben ihr Ende gesehen; die alte Aufnahme wird eigenständig verarbeitet.</translation>
    </message>
    <message>
        <source>A new broadcast began</source>
        <translation>Eine neue Übertragung hat begonnen</translation>
    </message>
    <message>
        <source>Stream interrupted: reconnecting</source>
        <translation>Stream unterbrochen: Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>OBS lost the connection to FastPix and is reconnecting.</source>
        <translation>OBS hat die Verbindung zu FastPix verloren und verbindet sich neu.</translation>
    </message>
    <message>
        <source>Back on air</source>
        <translation>Wieder auf Sendung</translation>
    </message>
    <message>
        <source>OBS reconnected to FastPix.</source>
        <translation>OBS ist wieder mit FastPix verbunden.</translation>
    </message>
    <message>
        <source>Broadcast ended</source>
        <translation>Übertragung beendet</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS hat das Streaming beendet.</translation>
    </message>
    <message>
        <source>Lost contact with OBS</source>
        <translation>Kontakt zu OBS verloren</translation>
    </message>
    <message>
        <source>The app cannot see OBS any more; OBS may still be streaming. Check OBS.</source>
        <translation>Die App sieht OBS nicht mehr; OBS streamt vielleicht noch. Prüfen Sie OBS.</translation>
    </message>
    <message>
        <source>You are live</source>
        <translation>Sie sind live</translation>
    </message>
    <message>
        <source>OBS is streaming and FastPix receives it.</source>
        <translation>OBS streamt und FastPix empfängt den Stream.</translation>
    </message>
    <message>
        <source>Stream stalled</source>
        <translation>Stream hängt</translation>
    </message>
    <message>
        <source>FastPix is not receiving video</source>
        <translation>FastPix empfängt kein Video</translation>
    </message>
    <message>
        <source>Broadcast stopped</source>
        <translation>Übertragung gestoppt</translation>
    </message>
    <message>
        <source>Dropping frames</source>
        <translation>Frames werden verworfen</translation>
    </message>
    <message>
        <source>OBS dropped {percent} % of frames recently: the connection cannot keep up. Lower the bitrate in OBS or check the network.</source>
        <translation>OBS hat zuletzt {percent} % der Frames verworfen: Die Verbindung kommt nicht hinterher. Senken Sie die Bitrate in OBS oder prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>OBS says it is live, but FastPix is not receiving video. Check that OBS points at this stream (Settings → Stream: server and key), that nothing blocks the connection (RTMPS uses TCP 443, SRT uses UDP 778), and OBS&apos;s log for errors.</source>
        <translation>OBS meldet „live“, aber FastPix empfängt kein Video. Prüfen Sie, ob OBS auf diesen Stream eingestellt ist (Einstellungen → Stream: Server und Schlüssel), ob nichts die Verbindung blockiert (RTMPS nutzt TCP 443, SRT nutzt UDP 778) und das Protokoll von OBS auf Fehler.</translation>
    </message>
    <message>
        <source>This FastPix stream was deleted while OBS was streaming to it, so OBS was stopped: it would have kept retrying forever.</source>
        <translation>Dieser FastPix-Stream wurde gelöscht, während OBS an ihn streamte; deshalb wurde OBS angehalten: Es hätte es sonst endlos weiter versucht.</translation>
    </message>
    <message>
        <source>This FastPix stream was disabled while OBS was streaming to it, so OBS was stopped: FastPix refuses video for a disabled stream and OBS would have kept retrying forever. Enable the stream to go live again.</source>
        <translation>Dieser FastPix-Stream wurde deaktiviert, während OBS an ihn streamte; deshalb wurde OBS angehalten: FastPix weist Video für einen deaktivierten Stream ab, und OBS hätte es endlos weiter versucht. Aktivieren Sie den Stream, um wieder live zu gehen.</translation>
    </message>
    <message>
        <source>OBS has been trying to reconnect for {seconds} s without getting through. Check the network, then try Reconnect now.</source>
        <translation>OBS versucht seit {seconds} s vergeblich, sich neu zu verbinden. Prüfen Sie das Netzwerk und versuchen Sie dann „Jetzt neu verbinden“.</translation>
    </message>
    <message>
        <source>The connection to FastPix dropped; OBS is reconnecting. Viewers see the stream frozen until it is back.</source>
        <translation>Die Verbindung zu FastPix ist abgebrochen; OBS verbindet sich neu. Zuschauer sehen ein eingefrorenes Bild, bis der Stream zurück ist.</translation>
    </message>
    <message>
        <source>OBS says it is live, but it has sent next to nothing for {seconds} s. The connection may be stuck: try Reconnect now.</source>
        <translation>OBS meldet, dass es live ist, hat aber seit {seconds} s so gut wie nichts gesendet. Die Verbindung hängt vielleicht: Versuchen Sie „Jetzt neu verbinden“.</translation>
    </message>
    <message>
        <source>OBS does not point at FastPix.</source>
        <translation>OBS ist nicht auf FastPix ausgerichtet.</translation>
    </message>
    <message>
        <source>FastPix is not set up: not finished.</source>
        <translation>FastPix ist nicht eingerichtet: nicht beendet.</translation>
    </message>
    <message>
        <source>FastPix had no live video for this stream ({status}), so there was nothing to finish.</source>
        <translation>FastPix hatte kein Live-Video für diesen Stream ({status}), es gab also nichts zu beenden.</translation>
    </message>
    <message>
        <source>OBS stopped streaming. The FastPix broadcast is finished; its recording is being processed.</source>
        <translation>OBS hat das Streaming beendet. Die FastPix-Übertragung ist beendet; ihre Aufnahme wird verarbeitet.</translation>
    </message>
    <message>
        <source>OBS was not streaming. The FastPix broadcast is finished; its recording is being processed.</source>
        <translation>OBS hat nicht gestreamt. Die FastPix-Übertragung ist beendet; ihre Aufnahme wird verarbeitet.</translation>
    </message>
    <message>
        <source>OBS stopped streaming. {note}</source>
        <translation>OBS hat das Streaming beendet. {note}</translation>
    </message>
    <message>
        <source>OBS was not streaming. {note}</source>
        <translation>OBS hat nicht gestreamt. {note}</translation>
    </message>
    <message>
        <source>OBS was not streaming.</source>
        <translation>OBS hat nicht gestreamt.</translation>
    </message>
    <message>
        <source>{reason} Stopping OBS failed: {error}</source>
        <translation>{reason} OBS konnte nicht gestoppt werden: {error}</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>{kbps} kb/s</source>
        <translation>{kbps} kb/s</translation>
    </message>
    <message>
        <source>{dropped} dropped of {total} ({percent} %)</source>
        <translation>{dropped} von {total} verworfen ({percent} %)</translation>
    </message>
    <message>
        <source>about {viewers}</source>
        <translation>etwa {viewers}</translation>
    </message>
</context>
<context>
    <name>reconnect_advice</name>
    <message>
        <source>OBS&apos;s automatic reconnect is off: a short network drop ends the broadcast. Turn it on in OBS: Settings → Advanced → Automatically Reconnect.</source>
        <translation>Die automatische Wiederverbindung von OBS ist aus: Ein kurzer Netzwerkausfall beendet die Übertragung. Schalten Sie sie in OBS ein: Einstellungen → Erweitert → Automatisch wiederverbinden.</translation>
    </message>
    <message>
        <source>OBS is set to 0 reconnect retries: a short network drop ends the broadcast. Raise Maximum Retries in OBS: Settings → Advanced.</source>
        <translation>OBS ist auf 0 Wiederverbindungsversuche eingestellt: Ein kurzer Netzwerkausfall beendet die Übertragung. Erhöhen Sie „Maximale Wiederholungsversuche“ in OBS: Einstellungen → Erweitert.</translation>
    </message>
    <message>
        <source>OBS waits {delay} before its first reconnect, longer than this stream&apos;s {window} reconnect window: every drop ends the broadcast. Lower Retry Delay in OBS: Settings → Advanced.</source>
        <translation>OBS wartet {delay} bis zur ersten Wiederverbindung, länger als das Wiederverbindungsfenster dieses Streams von {window}: Jeder Ausfall beendet die Übertragung. Senken Sie „Wiederholungsverzögerung“ in OBS: Einstellungen → Erweitert.</translation>
    </message>
    <message>
        <source>OBS gives up reconnecting after about {last}, while FastPix would wait {window}: raise Maximum Retries in OBS (Settings → Advanced) so a longer drop does not end the broadcast.</source>
        <translation>OBS gibt die Wiederverbindung nach etwa {last} auf, während FastPix {window} warten würde: Erhöhen Sie „Maximale Wiederholungsversuche“ in OBS (Einstellungen → Erweitert), damit ein längerer Ausfall die Übertragung nicht beendet.</translation>
    </message>
    <message>
        <source>OBS keeps retrying for about {last}, past this stream&apos;s {window} reconnect window: a reconnect after that starts a new broadcast and a new recording on FastPix.</source>
        <translation>OBS versucht es noch etwa {last} lang, über das Wiederverbindungsfenster dieses Streams von {window} hinaus: Eine Wiederverbindung danach beginnt auf FastPix eine neue Übertragung und eine neue Aufnahme.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>Private playback links only play with a token signed by a signing key. The app asks FastPix for one key (FastPix shows its private half once and keeps only the public half), keeps the private half in this computer&apos;s keyring, and signs each link with it. Anyone with a signed link can watch until the link expires; deleting the key stops every link it signed.</source>
        <translation>Private Wiedergabelinks spielen nur mit einem Token, das von einem Signaturschlüssel signiert ist. Die App bittet FastPix um einen Schlüssel (FastPix zeigt dessen privaten Teil einmal und behält nur den öffentlichen Teil), bewahrt den privaten Teil im Schlüsselbund dieses Computers auf und signiert damit jeden Link. Wer einen signierten Link hat, kann zuschauen, bis der Link abläuft; das Löschen des Schlüssels beendet jeden damit signierten Link.</translation>
    </message>
</context>
<context>
    <name>stream_manage</name>
    <message>
        <source>Saves the name, metadata and reconnect window. The stream key and links stay the same.</source>
        <translation>Speichert Name, Metadaten und Zeitfenster für Wiederverbindung. Streamschlüssel und Links bleiben gleich.</translation>
    </message>
    <message>
        <source>Lets encoders connect to this stream again.</source>
        <translation>Lässt Encoder wieder mit diesem Stream verbinden.</translation>
    </message>
    <message>
        <source>Cuts off any encoder sending to this stream and refuses new ones until it is enabled again. A disabled stream cannot be edited.</source>
        <translation>Trennt jeden Encoder, der an diesen Stream sendet, und weist neue ab, bis er wieder aktiviert wird. Ein deaktivierter Stream kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Ends the broadcast now: FastPix marks the stream idle and starts processing the recording, without waiting for the reconnect window.</source>
        <translation>Beendet die Übertragung sofort: FastPix setzt den Stream auf „bereit“ und beginnt mit der Verarbeitung der Aufnahme, ohne das Zeitfenster für Wiederverbindung abzuwarten.</translation>
    </message>
    <message>
        <source>Deletes the stream for good: its key stops working, its playback links stop playing and an encoder sending to it is cut off. This cannot be undone.</source>
        <translation>Löscht den Stream endgültig: Sein Schlüssel funktioniert nicht mehr, seine Wiedergabelinks spielen nicht mehr und ein sendender Encoder wird getrennt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Adds another playback link. A private link needs a signed token to play.</source>
        <translation>Fügt einen weiteren Wiedergabelink hinzu. Ein privater Link braucht zum Abspielen ein signiertes Token.</translation>
    </message>
    <message>
        <source>Removes this playback link: players using it stop working.</source>
        <translation>Entfernt diesen Wiedergabelink: Player, die ihn nutzen, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Only a stream that is live on FastPix (active) can be ended; this one is {status}.</source>
        <translation>Nur ein Stream, der auf FastPix live ist (aktiv), kann beendet werden; dieser ist {status}.</translation>
    </message>
    <message>
        <source>This stream is already enabled ({status}).</source>
        <translation>Dieser Stream ist bereits aktiviert ({status}).</translation>
    </message>
    <message>
        <source>This stream is already disabled.</source>
        <translation>Dieser Stream ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>A disabled stream cannot be edited. Enable it first, then make the change.</source>
        <translation>Ein deaktivierter Stream kann nicht bearbeitet werden. Aktivieren Sie ihn zuerst und nehmen Sie dann die Änderung vor.</translation>
    </message>
    <message>
        <source>Saved. {details}</source>
        <translation>Gespeichert. {details}</translation>
    </message>
    <message>
        <source>Enabled: encoders can connect to it again.</source>
        <translation>Aktiviert: Encoder können sich wieder damit verbinden.</translation>
    </message>
    <message>
        <source>Disabled: no encoder can connect until you enable it again. The encoder that was sending to it was cut off.</source>
        <translation>Deaktiviert: Kein Encoder kann sich verbinden, bis Sie ihn wieder aktivieren. Der Encoder, der an ihn gesendet hat, wurde getrennt.</translation>
    </message>
    <message>
        <source>Disabled: no encoder can connect until you enable it again.</source>
        <translation>Deaktiviert: Kein Encoder kann sich verbinden, bis Sie ihn wieder aktivieren.</translation>
    </message>
    <message>
        <source>Broadcast ended: the stream is idle again. Its recording is being processed. If the encoder is still sending, stop it too, or FastPix starts a new session.</source>
        <translation>Übertragung beendet: Der Stream ist wieder bereit. Seine Aufnahme wird verarbeitet. Falls der Encoder noch sendet, beenden Sie ihn auch, sonst beginnt FastPix eine neue Sitzung.</translation>
    </message>
    <message>
        <source>Broadcast ended: the stream is idle again. If the encoder is still sending, stop it too, or FastPix starts a new session.</source>
        <translation>Übertragung beendet: Der Stream ist wieder bereit. Falls der Encoder noch sendet, beenden Sie ihn auch, sonst beginnt FastPix eine neue Sitzung.</translation>
    </message>
    <message>
        <source>OBS is live on this stream right now. Deleting it cuts the broadcast off. Stop streaming first, or confirm to delete it anyway.</source>
        <translation>OBS ist gerade live auf diesem Stream. Ihn zu löschen bricht die Übertragung ab. Beenden Sie zuerst das Streaming oder bestätigen Sie, um ihn trotzdem zu löschen.</translation>
    </message>
    <message>
        <source>OBS is set up to stream to this stream. Restore OBS&apos;s previous destination first (OBS → Restore previous OBS settings), or confirm to delete it anyway.</source>
        <translation>OBS ist darauf eingerichtet, an diesen Stream zu senden. Stellen Sie zuerst das vorherige Ziel von OBS wieder her (OBS → Vorherige OBS-Einstellungen wiederherstellen) oder bestätigen Sie, um ihn trotzdem zu löschen.</translation>
    </message>
    <message>
        <source>This stream is live on FastPix right now (an encoder is sending to it). Deleting it cuts that broadcast off. Confirm to delete it anyway.</source>
        <translation>Dieser Stream ist gerade auf FastPix live (ein Encoder sendet an ihn). Ihn zu löschen bricht diese Übertragung ab. Bestätigen Sie, um ihn trotzdem zu löschen.</translation>
    </message>
    <message>
        <source>Deleted {name}. Its key and links no longer work.</source>
        <translation>{name} gelöscht. Sein Schlüssel und seine Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Added a private (needs a signed token) playback link ({id}).</source>
        <translation>Privater Wiedergabelink (braucht ein signiertes Token) hinzugefügt ({id}).</translation>
    </message>
    <message>
        <source>Added a public playback link ({id}).</source>
        <translation>Öffentlicher Wiedergabelink hinzugefügt ({id}).</translation>
    </message>
    <message>
        <source>Removed playback link {id}. The stream has no playback link left: add one so viewers can watch.</source>
        <translation>Wiedergabelink {id} entfernt. Der Stream hat keinen Wiedergabelink mehr: Fügen Sie einen hinzu, damit Zuschauer zusehen können.</translation>
    </message>
    <message>
        <source>Removed playback link {id}.</source>
        <translation>Wiedergabelink {id} entfernt.</translation>
    </message>
    <message>
        <source>Name: {name}. Reconnect window: {seconds} s.</source>
        <translation>Name: {name}. Wiederverbindungsfenster: {seconds} s.</translation>
    </message>
    <message>
        <source>No name. Reconnect window: {seconds} s.</source>
        <translation>Kein Name. Wiederverbindungsfenster: {seconds} s.</translation>
    </message>
</context>
</TS>
