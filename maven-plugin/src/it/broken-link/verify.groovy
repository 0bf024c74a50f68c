// The broken link is logged as an error at content/index.md:4:12, Maven's failure repeats it, nothing is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
String diagnostic = 'content/index.md:4:12: error: broken link: `subjects/alpa.md` points at subjects/alpa.md, which does not exist'
assert log.readLines().any { it.startsWith('[ERROR] /') && it.contains(diagnostic) } : 'no [ERROR] line with ' + diagnostic
assert log.contains('[INFO] versus: build failed, nothing written: 0 pages, 1 error')
assert log.readLines().any { it.startsWith('[ERROR] Failed to execute goal dev.versus:versus-maven-plugin:') && it.contains('has 1 error; the first: ') && it.contains(diagnostic) }
assert !new File(basedir, 'target/versus').exists() : 'a failed build must write nothing'
