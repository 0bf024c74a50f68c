// versus:build wrote the site at package, versus:check passed at verify (the guide is `versus init`'s).
File index = new File(basedir, 'target/versus/index.html')
assert index.isFile() : "versus:build wrote no ${index}"
assert index.getText('UTF-8').contains('<title>Alpha vs Beta')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] versus: built \S+target\/versus: \d+ pages/
assert log.contains('[INFO] versus: check passed: ')
assert !log.contains('[WARNING] ') : 'the sample guide should build without a warning'
