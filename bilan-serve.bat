@echo off
rem Double-click this file on Windows: it opens the bilan page in the browser.
rem The first time it installs bilan in a .venv folder beside this file (Python 3.11 or newer
rem must be installed, from python.org). Close this window to stop the page.
cd /d "%~dp0"
if not exist ".venv\Scripts\python.exe" (
    echo Installation de bilan, une seule fois : une ou deux minutes...
    where py >nul 2>nul && (py -3 -m venv .venv) || (python -m venv .venv)
    if not exist ".venv\Scripts\python.exe" goto failed
    ".venv\Scripts\python.exe" -m pip install --quiet . || goto failed
)
".venv\Scripts\python.exe" -m bilan serve
pause
exit /b 0
:failed
echo.
echo L'installation a echoue : Python 3.11 ou plus recent est-il installe (python.org) ?
pause
exit /b 1
