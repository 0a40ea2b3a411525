#pragma once

#include <QString>

namespace CaseDesk
{

// Whether a downloaded attachment may be handed to the desktop to open (AttachmentPolicy::openCheck), and
// what its bytes really are. When it may not, `message` names the file and its real type, for a warning
// that offers Save as… instead.
struct AttachmentOpenCheck
{
    bool mayOpen = false;
    QString contentType;     // the MIME type of the bytes, "application/x-shellscript"
    QString contentTypeName; // how the system calls it, "shell script"
    QString message;
};

} // namespace CaseDesk
