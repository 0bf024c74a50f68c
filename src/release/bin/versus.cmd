@echo off
rem Versus launcher of the release archives for Windows (issue 27): runs lib\versus.jar on the archive's
rem own runtime\ when it has one, else on JAVA_HOME, else on the java on the PATH (Java 17 or later).
rem No parenthesised blocks: a path such as "C:\Program Files (x86)\..." would end them early.
setlocal
set "VERSUS_HOME=%~dp0.."
set "JAR=%VERSUS_HOME%\lib\versus.jar"
set "USE="

if exist "%VERSUS_HOME%\runtime\bin\java.exe" goto bundled
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" goto javahome
where java >nul 2>nul
if errorlevel 1 goto nojava
set "JAVA=java"
goto flags

:bundled
set "JAVA=%VERSUS_HOME%\runtime\bin\java.exe"
rem the AOT cache made by this runtime when the archive was built (JDK 25 and later); valid wherever it is unpacked
if exist "%VERSUS_HOME%\lib\versus.aot" set "USE=-XX:AOTCache=%VERSUS_HOME%\lib\versus.aot -Xlog:aot=off -Xlog:cds=off"
goto flags

:javahome
set "JAVA=%JAVA_HOME%\bin\java.exe"
goto flags

:nojava
echo versus: no Java found: install Java 17 or later (or set JAVA_HOME to one), or use the archive with its own runtime 1>&2
exit /b 1

:flags
rem C1-only JIT and the serial GC start faster on short builds; the preview server keeps the full JIT.
rem The same flags as bin/versus and the repository's launcher (docs/performance.md); the AOT cache is trained with them
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -Djava.lang.invoke.MethodHandle.CUSTOMIZE_THRESHOLD=-1"
if /i "%~1"=="serve" set "FLAGS=-XX:+UseSerialGC"
"%JAVA%" %FLAGS% %USE% %VERSUS_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
