// Drag and drop anywhere on the page fills the file input; the form works without it.
(function () {
  var input = document.getElementById("files");
  var zone = document.getElementById("drop");
  var list = document.getElementById("chosen");
  if (!input || !zone) return;
  function show() {
    list.textContent = "";
    for (var i = 0; i < input.files.length; i++) {
      var li = document.createElement("li");
      li.textContent = input.files[i].name;
      list.appendChild(li);
    }
  }
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "dragend"].forEach(function (type) {
    document.addEventListener(type, function () { zone.classList.remove("over"); });
  });
  document.addEventListener("drop", function (e) {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      show();
    }
  });
})();
