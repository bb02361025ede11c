@echo off
rem finsam-check for Windows: runs the self-contained jar with Java 17 or later.
rem   finsam-check.cmd check mappen\med\blanketter
rem FINSAM_JAVA picks the java.exe (else JAVA_HOME's, else the one on PATH); FINSAM_JAVA_OPTS adds JVM options
rem (e.g. -Xmx2g, to raise the heap cap of 512 MiB), after ours so that they win. The JVM options are the POSIX
rem launcher's for inputs up to 192 MiB: the heap capped, the quick compiler alone and the serial collector start a
rem check of a few forms fastest (for an archive of more than 192 MiB, FINSAM_JAVA_OPTS=-XX:TieredStopAtLevel=4
rem brings the optimising compiler back).
setlocal
set "FINSAM_JAR=%~dp0finsam-check.jar"
if not exist "%FINSAM_JAR%" set "FINSAM_JAR=%~dp0target\finsam-check.jar"
if not exist "%FINSAM_JAR%" goto nojar

set "FINSAM_JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "FINSAM_JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined FINSAM_JAVA set "FINSAM_JAVA_EXE=%FINSAM_JAVA%"

rem A collector named in FINSAM_JAVA_OPTS replaces ours: the JVM refuses to start with two.
set "FINSAM_GC=-XX:+UseSerialGC"
if not defined FINSAM_JAVA_OPTS goto run
if not "%FINSAM_JAVA_OPTS:GC=%"=="%FINSAM_JAVA_OPTS%" set "FINSAM_GC="

:run
rem The program writes UTF-8 (Swedish letters); the console shows it as such in code page 65001, restored after.
set "FINSAM_CP="
for /f "tokens=2 delims=:." %%c in ('chcp 2^>nul') do set "FINSAM_CP=%%c"
if defined FINSAM_CP chcp 65001 >nul 2>&1
"%FINSAM_JAVA_EXE%" -Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 %FINSAM_GC% -XX:-UsePerfData -Xmx512m -Xms128m %FINSAM_JAVA_OPTS% -Dfinsam.stderr.tty=false -jar "%FINSAM_JAR%" %*
set "FINSAM_STATUS=%ERRORLEVEL%"
if defined FINSAM_CP chcp %FINSAM_CP% >nul 2>&1
exit /b %FINSAM_STATUS%

:nojar
echo finsam-check: finsam-check.jar not found beside %~nx0 (in a clone of the repository: mvn package) 1>&2
exit /b 2
