<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>{summary}

%n errors so far; the newest is last.</source>
        <translation>
            <numerusform>{summary}

%n error so far; the newest is last.</numerusform>
            <numerusform>{summary}

%n errors so far; the newest is last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryManager</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stream(s) created here that OBS never used?</source>
        <translation>
            <numerusform>Delete %n stream created here that OBS never used?</numerusform>
            <numerusform>Delete %n streams created here that OBS never used?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n stream(s)</source>
        <translation>
            <numerusform>{count} of %n stream</numerusform>
            <numerusform>{count} of %n streams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedLinksView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamForm</name>
    <message numerus="yes">
        <source>FastPix takes at most %n metadata entries, the name included</source>
        <translation>
            <numerusform>FastPix takes at most %n metadata entry, the name included</numerusform>
            <numerusform>FastPix takes at most %n metadata entries, the name included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
