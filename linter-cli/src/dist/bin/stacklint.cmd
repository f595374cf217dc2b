@echo off
rem Runs stacklint from an unpacked distribution; Java 17+ from JAVA_HOME or the PATH.
setlocal
set "STACKLINT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %STACKLINT_JAVA_OPTS% -jar "%STACKLINT_HOME%\lib\stacklint.jar" %*
exit /b %ERRORLEVEL%
