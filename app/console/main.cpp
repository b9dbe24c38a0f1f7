#include "ConsoleApp.h"

int main(int argc, char **argv)
{
    return hc::ConsoleApp::run(argc, argv);
}
